/** Machine-readable reason a value was refused; `message` carries the human wording. */
export type NumerologyErrorCode =
  | "required"
  | "too_long"
  | "invalid_character"
  | "no_letters"
  | "invalid_format"
  | "invalid_date"
  | "year_too_early"
  | "after_today"
  | "unknown_value";

/**
 * The only error the engine throws on bad input. `field` names the input that
 * was refused ("birthName", "birthDate", "today", "gender", "system",
 * "options.<name>", or the argument name for the helper functions).
 */
export class NumerologyInputError extends Error {
  readonly field: string;
  readonly code: NumerologyErrorCode;

  constructor(field: string, code: NumerologyErrorCode, message: string) {
    super(message);
    this.name = "NumerologyInputError";
    this.field = field;
    this.code = code;
  }
}

export function isNumerologyInputError(e: unknown): e is NumerologyInputError {
  return e instanceof NumerologyInputError;
}
