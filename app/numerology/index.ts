/**
 * NumerAI numerology engine: pure functions, no I/O and no clock (the caller passes `today`).
 *
 *   computeProfile(input)                → Profile: every number of docs/numerology-conventions.md with its steps
 *                                          (input.steps false: the same numbers, every steps list empty)
 *   compareProfiles(a, b)                → { score, pairs }: docs/numerology-compatibility.md
 *   suggestNameSpellings(name, target, system) → spellings whose name number hits `target`
 *
 * Bad input throws NumerologyInputError { field, code, message } and nothing else.
 * The smaller functions below compute one family of numbers from parsed input.
 */
export { computeProfile } from "./profile";
export { compareProfiles, COMPATIBILITY_MATRIX, COMPATIBILITY_WEIGHTS, numberRelationOf } from "./compatibility";
export type { Compatibility, CompatibilityKey, CompatibilityPair, NumberRelation } from "./compatibility";
export { suggestNameSpellings, MAX_SUGGESTIONS } from "./name-suggestions";
export type { NameSuggestion } from "./name-suggestions";
export { NumerologyInputError, isNumerologyInputError } from "./errors";
export type { NumerologyErrorCode } from "./errors";

export {
  reduceNumber,
  reduceChain,
  reduceToDigit,
  digitSum,
  DEFAULT_MASTER_NUMBERS,
  NO_MASTER_NUMBERS,
} from "./reduction";
export { letterValue, letterTable, PYTHAGOREAN_TABLE, CHALDEAN_TABLE, isPlainVowel } from "./letters";
export { transliterateName, nameRoles, MAX_NAME_LENGTH } from "./names";
export { parseDate, ageOn, isLeapYear, daysInMonth } from "./dates";
export { resolveOptions, DEFAULT_OPTIONS } from "./options";
export * from "./option-values";
export { lifePath, birthday, attitude, dateComponents } from "./date-numbers";
export type { DateComponents } from "./date-numbers";
export {
  analyzeName,
  expression,
  soulUrge,
  personality,
  balance,
  rationalThought,
  maturity,
  firstNameLetters,
  chaldeanNameNumber,
  nameNumberOf,
  isYVowel,
  sumParts,
} from "./name-numbers";
export type { NameAnalysis, PartLetters, PartTotals, LetterSelection } from "./name-numbers";
export { karmicLessons, hiddenPassion, karmicDebt, subconsciousSelf, KARMIC_DEBT_NUMBERS } from "./karmic";
export {
  personalCycles,
  universalCycles,
  personalYear,
  personalMonth,
  personalDay,
  universalYear,
  universalMonth,
  universalDay,
} from "./cycles";
export type { Cycles } from "./cycles";
export { pinnacles, challenges, lifePeriods } from "./pinnacles";
export { transits, transitsOf, essence } from "./transits";
export { loShu, driver, conductor, LO_SHU_ARROWS } from "./lo-shu";
export { kua } from "./kua";
export type * from "./types";
