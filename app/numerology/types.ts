import type {
  GENDERS,
  KUA_YEAR_STARTS,
  LIFE_PATH_METHODS,
  NAME_METHODS,
  NUMBER_SYSTEMS,
  Y_MODES,
} from "./option-values";

export type NumberSystem = (typeof NUMBER_SYSTEMS)[number];
export type Gender = (typeof GENDERS)[number];
export type LifePathMethod = (typeof LIFE_PATH_METHODS)[number];
export type NameMethod = (typeof NAME_METHODS)[number];
export type YMode = (typeof Y_MODES)[number];
export type KuaYearStart = (typeof KUA_YEAR_STARTS)[number];

/** Calculation switches (CONVENTIONS §12); every field is optional. */
export interface NumerologyOptions {
  system?: NumberSystem;
  lifePathMethod?: LifePathMethod;
  nameMethod?: NameMethod;
  /** Integers ≥ 10 that stop a reduction; default [11, 22, 33]. */
  masterNumbers?: readonly number[];
  y?: YMode;
  /** Forces every Y of one name part (keyed by the part, any case, accents allowed). */
  yOverrides?: Readonly<Record<string, "vowel" | "consonant">>;
  loShuAddDriverConductor?: boolean;
  kuaYearStart?: KuaYearStart;
}

/** Options after defaults are applied; `yOverrides` keys are normalised (upper-case, transliterated). */
export interface ResolvedOptions {
  system: NumberSystem;
  lifePathMethod: LifePathMethod;
  nameMethod: NameMethod;
  masterNumbers: readonly number[];
  y: YMode;
  yOverrides: Readonly<Record<string, "vowel" | "consonant">>;
  loShuAddDriverConductor: boolean;
  kuaYearStart: KuaYearStart;
}

export interface ProfileInput {
  birthName: string;
  /** YYYY-MM-DD */
  birthDate: string;
  /** YYYY-MM-DD; enables personal/universal cycles, transits and essence. */
  today?: string;
  /** Enables Kua. */
  gender?: Gender;
  /** Same as options.system; wins when both are given. */
  system?: NumberSystem;
  options?: NumerologyOptions;
  /**
   * false: every `steps` list (and `karmicSteps`) stays empty, numbers unchanged. For callers that
   * never show the arithmetic (lists of people, validation, searches over many candidates).
   */
  steps?: boolean;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * One calculated number.
 * - `compound`: the unreduced total (first element of `chain`).
 * - `value`: the final number (last element of `chain`); 1–9, a master number,
 *   or 0 where the rules allow it (no vowels, a challenge of 0).
 * - `chain`: every number visited while reducing, compound first.
 * - `steps`: plain-language lines a person can follow to redo the sum; empty when the profile
 *   was computed with `steps: false`.
 */
export interface NumberResult {
  readonly value: number;
  readonly compound: number;
  /** Frozen and shared between results. Results without steps are themselves frozen and shared. */
  readonly chain: readonly number[];
  readonly steps: readonly string[];
}

/** A pinnacle or challenge and the ages it covers: [startAge, endAge) in completed years; the last one never ends. */
export interface LifePeriod {
  number: number;
  compound: number;
  chain: readonly number[];
  startAge: number;
  endAge: number | null;
  readonly steps: readonly string[];
}

export interface TransitLetter {
  letter: string;
  /** Letter value in the active table = years it lasts. */
  value: number;
  /** The name (role) the letter comes from, e.g. "THOMAS". */
  name: string;
  /** Age at which this letter's period started and the age it ends at (exclusive). */
  fromAge: number;
  untilAge: number;
}

export interface Transits {
  age: number;
  physical: string;
  mental: string;
  spiritual: string;
  detail: { physical: TransitLetter; mental: TransitLetter; spiritual: TransitLetter };
  readonly steps: readonly string[];
}

export type LoShuDigit = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export interface LoShu {
  counts: Record<LoShuDigit, number>;
  missing: number[];
  repeating: number[];
  /** "strength:Mental", "weakness:Will", … in the order of CONVENTIONS §10. */
  arrows: string[];
  driver: NumberResult;
  conductor: NumberResult;
  readonly steps: readonly string[];
}

/** A name as the engine sees it (CONVENTIONS §2). */
export interface NormalizedName {
  /** Upper-case Latin letters, words separated by a space, parts by a hyphen. */
  text: string;
  /** Parts of each word, e.g. [["JEAN", "PAUL"], ["SARTRE"]]. */
  words: string[][];
  /** Every part in order; the "names" of per-name reduction. */
  parts: string[];
}

export interface ProfileInputEcho {
  birthName: string;
  name: NormalizedName;
  /** Transit roles: first word, the words between strung together ("" if none), last word. */
  firstName: string;
  middleName: string;
  lastName: string;
  birthDate: string;
  today?: string;
  /** Completed years on `today`. */
  age?: number;
  gender?: Gender;
  options: ResolvedOptions;
}

export interface Profile {
  input: ProfileInputEcho;
  lifePath: NumberResult;
  birthday: NumberResult;
  attitude: NumberResult;
  expression: NumberResult;
  soulUrge: NumberResult;
  personality: NumberResult;
  maturity: NumberResult;
  balance: NumberResult;
  rationalThought: NumberResult;
  subconsciousSelf: NumberResult;
  karmicLessons: number[];
  hiddenPassion: number[];
  karmicDebt: number[];
  /** Lines explaining karmicLessons, hiddenPassion and karmicDebt from the letter counts and chains. */
  karmicSteps: readonly string[];
  cornerstone: string;
  capstone: string;
  firstVowel: string;
  personalYear?: NumberResult;
  personalMonth?: NumberResult;
  personalDay?: NumberResult;
  universalYear?: NumberResult;
  universalMonth?: NumberResult;
  universalDay?: NumberResult;
  pinnacles: LifePeriod[];
  challenges: LifePeriod[];
  transits?: Transits;
  essence?: NumberResult;
  chaldean: { nameNumber: NumberResult };
  loShu: LoShu;
  kua?: NumberResult;
}
