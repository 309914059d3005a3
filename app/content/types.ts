/**
 * Types for NumerAI interpretation content.
 *
 * Every locale supplies one `ContentBundle`. The tables are keyed by the exact
 * numbers each position can take, so the compiler refuses an incomplete locale.
 * Pure data: no I/O, no React.
 */
import type {
  Archetype,
  BirthdayNumber,
  ChallengeNumber,
  CoreNumber,
  Digit,
  KarmicDebtNumber,
  KuaNumber,
  Letter,
  Locale,
  VowelLetter,
} from "./scalars";
import type {
  ArrowKey,
  ArrowText,
  BandText,
  DirectionKind,
  DirectionName,
  KuaText,
  LetterText,
  LoShuDigitText,
  LoShuMissingRemedy,
  PersonalDayEntry,
  PersonalMonthEntry,
  PersonalYearEntry,
  Relation,
  Remedy,
  ScoreBand,
  UniversalEntry,
  UniversalKind,
} from "./reading-types";

export * from "./scalars";
export type * from "./reading-types";

/**
 * A number in one position (Life Path 7, Soul Urge 7 …). Lists are optional for
 * positions whose accessor merges in the archetype's lists; `keywords` is only
 * given where the archetype's keywords would not fit (Challenge 0, karmic debts).
 */
export interface PositionEntry {
  title: string;
  paragraph: string;
  strengths?: string[];
  challenges?: string[];
  keywords?: string[];
}

export interface PositionTables {
  lifePath: Record<CoreNumber, PositionEntry>;
  expression: Record<CoreNumber, PositionEntry>;
  /** 0 only when a name has no vowels at all (possible with `y: "consonant"`). */
  soulUrge: Record<CoreNumber | 0, PositionEntry>;
  /** 0 only when a name has no consonants at all. */
  personality: Record<CoreNumber | 0, PositionEntry>;
  birthday: Record<BirthdayNumber, PositionEntry>;
  maturity: Record<CoreNumber, PositionEntry>;
  attitude: Record<CoreNumber, PositionEntry>;
  balance: Record<CoreNumber, PositionEntry>;
  rationalThought: Record<CoreNumber, PositionEntry>;
  /** Usually 3–9; very short names can give 1 or 2. */
  subconsciousSelf: Record<Digit, PositionEntry>;
  essence: Record<CoreNumber, PositionEntry>;
  pinnacle: Record<CoreNumber, PositionEntry>;
  challenge: Record<ChallengeNumber, PositionEntry>;
  chaldeanName: Record<Digit, PositionEntry>;
  driver: Record<Digit, PositionEntry>;
  conductor: Record<Digit, PositionEntry>;
  hiddenPassion: Record<Digit, PositionEntry>;
  karmicLesson: Record<Digit, PositionEntry>;
  karmicDebt: Record<KarmicDebtNumber, PositionEntry>;
}

export type NumberType = keyof PositionTables;

/** Section keys that have an intro but are not number positions. */
export type ExtraSection =
  | "personalYear"
  | "personalMonth"
  | "personalDay"
  | "universalYear"
  | "universalMonth"
  | "universalDay"
  | "cornerstone"
  | "capstone"
  | "firstVowel"
  | "transit"
  | "loShu"
  | "loShuArrows"
  | "loShuMissing"
  | "loShuRepeating"
  | "kua"
  | "remedies"
  | "compatibility";
export type SectionKey = NumberType | ExtraSection;

export interface SectionIntro {
  /** Reader-facing heading, e.g. "Life Path Number". */
  title: string;
  /** 1–2 sentences explaining what this number is. */
  description: string;
}

// ---------------------------------------------------------------- bundle

export interface ContentBundle {
  locale: Locale;
  intros: Record<SectionKey, SectionIntro>;
  numbers: Record<CoreNumber, Archetype>;
  positions: PositionTables;
  personalYear: Record<Digit, PersonalYearEntry>;
  personalMonth: Record<Digit, PersonalMonthEntry>;
  personalDay: Record<Digit, PersonalDayEntry>;
  universal: Record<UniversalKind, Record<Digit, UniversalEntry>>;
  remedies: Record<Digit, Remedy>;
  remediesDisclaimer: string;
  loShuMissing: Record<Digit, LoShuMissingRemedy>;
  kua: Record<KuaNumber, KuaText>;
  directionNames: Record<DirectionKind, DirectionName>;
  arrows: Record<ArrowKey, ArrowText>;
  loShuDigits: Record<Digit, LoShuDigitText>;
  letters: Record<Letter, LetterText>;
  firstVowel: Record<VowelLetter, string>;
  /** Shown when a first name has no vowel (engine returns ""). */
  firstVowelNone: string;
  compatibilityBands: Record<ScoreBand, BandText>;
  relations: Record<Relation, string>;
}
