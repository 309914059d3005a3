import { parseWithZod } from "@conform-to/zod/v4";
import { calculatorSchema } from "~/forms/calculator";
import { dateInTimeZone, latestDateOnEarth } from "~/lib/dates/local-dates";
import { computeProfile, isNumerologyInputError, type Profile } from "~/numerology";

export type CalculatorOutcome =
  | { status: 200; result: null; profile: null }
  | { status: 200; result: ReturnType<ReturnType<typeof parse>["reply"]>; profile: Profile }
  | { status: 400; result: ReturnType<ReturnType<typeof parse>["reply"]>; profile: null };

const parse = (params: URLSearchParams, maxDate: string) => parseWithZod(params, { schema: calculatorSchema(maxDate) });

/**
 * The public calculator's GET query → a profile, or the form's errors (the engine's own message on the
 * field it names). Cycles are for the server's date (UTC): the visitor's zone is unknown.
 */
export function runCalculator(params: URLSearchParams, now: Date = new Date()): CalculatorOutcome {
  if (!params.has("birthName") && !params.has("birthDate")) return { status: 200, result: null, profile: null };
  const submission = parse(params, latestDateOnEarth(now));
  if (submission.status !== "success") return { status: 400, result: submission.reply(), profile: null };
  const { birthName, birthDate, gender, system } = submission.value;
  // Someone born "today" east of UTC is already born: their today is at least their birth date.
  const utcToday = dateInTimeZone("UTC", now);
  const today = birthDate > utcToday ? birthDate : utcToday;
  try {
    return {
      status: 200,
      result: submission.reply(),
      profile: computeProfile({ birthName, birthDate, gender, system, today }),
    };
  } catch (error) {
    if (!isNumerologyInputError(error)) throw error;
    const field =
      error.field === "birthDate" || error.field === "gender" || error.field === "system" ? error.field : "birthName";
    return { status: 400, result: submission.reply({ fieldErrors: { [field]: [error.message] } }), profile: null };
  }
}
