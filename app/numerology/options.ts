import { NumerologyInputError } from "./errors";
import { foldToLatin } from "./names";
import { GENDERS, KUA_YEAR_STARTS, LIFE_PATH_METHODS, NAME_METHODS, NUMBER_SYSTEMS, Y_MODES } from "./option-values";
import { DEFAULT_MASTER_NUMBERS, NO_MASTER_NUMBERS } from "./reduction";
import type { Gender, NumberSystem, ResolvedOptions } from "./types";

export const DEFAULT_OPTIONS: ResolvedOptions = Object.freeze({
  system: "pythagorean",
  lifePathMethod: "components",
  nameMethod: "per-name",
  masterNumbers: DEFAULT_MASTER_NUMBERS,
  y: "auto",
  yOverrides: Object.freeze({}),
  loShuAddDriverConductor: false,
  kuaYearStart: "solar",
});

const CHOICES = {
  system: NUMBER_SYSTEMS,
  lifePathMethod: LIFE_PATH_METHODS,
  nameMethod: NAME_METHODS,
  y: Y_MODES,
  kuaYearStart: KUA_YEAR_STARTS,
} as const;

type ChoiceKey = keyof typeof CHOICES;

/** A refused value as a person would read it; never calls the value's own toString. */
function showValue(value: unknown): string {
  if (typeof value === "string") return `"${value.length > 40 ? value.slice(0, 40) + "…" : value}"`;
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined)
    return String(value);
  return "That value";
}

// How messages name each setting.
const LABELS: Readonly<Record<ChoiceKey, string>> = {
  system: "the letter system",
  lifePathMethod: "the Life Path method",
  nameMethod: "the name method",
  y: "the Y rule",
  kuaYearStart: "the start of the Kua year",
};

function unknownValue(field: string, label: string, value: unknown, allowed: readonly string[]): NumerologyInputError {
  return new NumerologyInputError(
    field,
    "unknown_value",
    `${showValue(value)} is not a valid choice for ${label}: use ${allowed.map((a) => `"${a}"`).join(" or ")}.`,
  );
}

function choice<K extends ChoiceKey>(field: string, value: unknown, key: K): (typeof CHOICES)[K][number] {
  const allowed: readonly string[] = CHOICES[key];
  if (typeof value !== "string" || !allowed.includes(value)) throw unknownValue(field, LABELS[key], value, allowed);
  return value as (typeof CHOICES)[K][number];
}

export function parseSystem(value: unknown, field = "system"): NumberSystem {
  return choice(field, value, "system");
}

export function parseGender(value: unknown, field = "gender"): Gender {
  if (!(GENDERS as readonly unknown[]).includes(value)) throw unknownValue(field, "gender", value, GENDERS);
  return value as Gender;
}

/** `steps` of a profile input: whether results carry their wording. */
export function parseSteps(value: unknown): boolean {
  if (typeof value !== "boolean") {
    throw new NumerologyInputError(
      "steps",
      "unknown_value",
      `${showValue(value)} is not valid for steps: use true or false.`,
    );
  }
  return value;
}

function parseMasterNumbers(value: unknown): readonly number[] {
  const field = "options.masterNumbers";
  if (!Array.isArray(value) || !value.every((n) => Number.isSafeInteger(n) && n >= 10)) {
    throw new NumerologyInputError(
      field,
      "unknown_value",
      "Master numbers must be a list of whole numbers of 10 or more, for example [11, 22, 33].",
    );
  }
  const masters = [...new Set(value as number[])].sort((a, b) => a - b);
  // The shared defaults keep their cached reductions (reduction.ts).
  if (masters.length === 0) return NO_MASTER_NUMBERS;
  if (masters.join() === DEFAULT_MASTER_NUMBERS.join()) return DEFAULT_MASTER_NUMBERS;
  return Object.freeze(masters);
}

function parseYOverrides(value: unknown): Readonly<Record<string, "vowel" | "consonant">> {
  const field = "options.yOverrides";
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new NumerologyInputError(
      field,
      "unknown_value",
      'Y overrides must map a name part to "vowel" or "consonant".',
    );
  }
  const overrides: Record<string, "vowel" | "consonant"> = {};
  for (const [part, mode] of Object.entries(value)) {
    if (mode !== "vowel" && mode !== "consonant")
      throw unknownValue(`${field}.${part}`, `the Y rule of "${part}"`, mode, ["vowel", "consonant"]);
    // Same folding as names so "Zoë" matches the part ZOE; apostrophes vanish as they do in names.
    const key = foldToLatin(part).replace(/['’ʼ‘]/g, "");
    if (!/^[A-Z]+$/.test(key)) {
      throw new NumerologyInputError(
        field,
        "unknown_value",
        `"${part}" is not a single name part: use one name without spaces or hyphens.`,
      );
    }
    overrides[key] = mode;
  }
  return Object.freeze(overrides);
}

/** Applies defaults and refuses unknown options or values; `system` (top level) wins over options.system. */
export function resolveOptions(options: unknown, system?: unknown): ResolvedOptions {
  if (options === undefined && system === undefined) return DEFAULT_OPTIONS;
  if (options !== undefined && (typeof options !== "object" || options === null || Array.isArray(options))) {
    throw new NumerologyInputError("options", "unknown_value", "Options must be an object.");
  }
  const resolved: ResolvedOptions = { ...DEFAULT_OPTIONS };
  for (const [key, value] of Object.entries(options ?? {})) {
    if (value === undefined) continue;
    const field = `options.${key}`;
    switch (key) {
      case "system":
      case "lifePathMethod":
      case "nameMethod":
      case "y":
      case "kuaYearStart":
        (resolved as unknown as Record<ChoiceKey, string>)[key] = choice(field, value, key);
        break;
      case "masterNumbers":
        resolved.masterNumbers = parseMasterNumbers(value);
        break;
      case "yOverrides":
        resolved.yOverrides = parseYOverrides(value);
        break;
      case "loShuAddDriverConductor":
        if (typeof value !== "boolean") {
          throw new NumerologyInputError(
            field,
            "unknown_value",
            "The Lo Shu setting for adding the driver and conductor must be true or false.",
          );
        }
        resolved.loShuAddDriverConductor = value;
        break;
      default:
        throw new NumerologyInputError(field, "unknown_value", `"${key.slice(0, 40)}" is not an option we know.`);
    }
  }
  if (system !== undefined) resolved.system = parseSystem(system);
  return Object.freeze(resolved);
}
