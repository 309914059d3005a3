/**
 * Types for NumerAI interpretation content.
 *
 * Every locale supplies one `ContentBundle`. The tables are keyed by the exact
 * numbers each position can take, so the compiler refuses an incomplete locale.
 * Pure data: no I/O, no React.
 */
import type { PersonRelation } from "~/people/relations";

export const LOCALES = ["en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export type Digit = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
export type MasterNumber = 11 | 22 | 33;
/** 1–9 plus the master numbers 11, 22, 33. */
export type CoreNumber = Digit | MasterNumber;
export type ChallengeNumber = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
export type KarmicDebtNumber = 13 | 14 | 16 | 19;
export type KuaNumber = 1 | 2 | 3 | 4 | 6 | 7 | 8 | 9;
export type BirthdayNumber =
  | 1
  | 2
  | 3
  | 4
  | 5
  | 6
  | 7
  | 8
  | 9
  | 10
  | 11
  | 12
  | 13
  | 14
  | 15
  | 16
  | 17
  | 18
  | 19
  | 20
  | 21
  | 22
  | 23
  | 24
  | 25
  | 26
  | 27
  | 28
  | 29
  | 30
  | 31;

export type Letter =
  | "A"
  | "B"
  | "C"
  | "D"
  | "E"
  | "F"
  | "G"
  | "H"
  | "I"
  | "J"
  | "K"
  | "L"
  | "M"
  | "N"
  | "O"
  | "P"
  | "Q"
  | "R"
  | "S"
  | "T"
  | "U"
  | "V"
  | "W"
  | "X"
  | "Y"
  | "Z";
export type VowelLetter = "A" | "E" | "I" | "O" | "U" | "Y";

export type Weekday = "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday";
export type Element = "Fire" | "Earth" | "Air" | "Water" | "Metal" | "Wood" | "Ether";

/** The shape every reader-facing interpretation resolves to. */
export interface Meaning {
  title: string;
  keywords: string[];
  paragraph: string;
  strengths: string[];
  challenges: string[];
}

/** A number's general archetype (1–9, 11, 22, 33). */
export interface Archetype extends Meaning {
  planet: string;
  element: Element;
}

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

// ---------------------------------------------------------------- cycles

export interface PersonalYearEntry {
  title: string;
  paragraph: string;
  focus: string[];
  avoid: string[];
}
export type PersonalMonthEntry = PersonalYearEntry;

export interface DailyVariant {
  reading: string;
  do: string;
  dont: string;
}
export interface PersonalDayEntry {
  title: string;
  luckyColour: string;
  variants: DailyVariant[];
}

export interface DailyReading extends DailyVariant {
  number: Digit;
  title: string;
  luckyColour: string;
  /** Which variant was picked (0-based). */
  variant: number;
}

export interface UniversalEntry {
  title: string;
  text: string;
}
export type UniversalKind = "day" | "month" | "year";

// ---------------------------------------------------------------- remedies

export interface Remedy {
  colours: string[];
  gemstone: string;
  /** First is the main day. */
  days: Weekday[];
  /** Vedic ruler used in Indian practice. */
  planet: string;
  /** The ruler commonly given in Western (Cheiro-style) numerology. */
  westernPlanet: string;
  affirmation: string;
  practice: string;
}

export type Direction = "N" | "NE" | "E" | "SE" | "S" | "SW" | "W" | "NW";
export type FavourableKind = "shengQi" | "tianYi" | "yanNian" | "fuWei";
export type UnfavourableKind = "huoHai" | "wuGui" | "liuSha" | "jueMing";
export type DirectionKind = FavourableKind | UnfavourableKind;

export interface DirectionName {
  /** Pinyin name, e.g. "Sheng Qi". */
  name: string;
  /** Short English gloss, e.g. "Generating breath". */
  gloss: string;
  /** One-line explanation of what the direction is traditionally used for or avoided for. */
  meaning: string;
}

/** Facts (not translated): the Eight Mansions table. */
export interface KuaFacts {
  group: "East" | "West";
  element: "Water" | "Earth" | "Wood" | "Metal" | "Fire";
  trigram: string;
  favourable: Record<FavourableKind, Direction>;
  unfavourable: Record<UnfavourableKind, Direction>;
}

export interface KuaText {
  title: string;
  paragraph: string;
  tips: string[];
}

export interface KuaReading extends KuaFacts, KuaText {
  kua: KuaNumber;
  favourableList: Array<{ kind: FavourableKind; direction: Direction } & DirectionName>;
  unfavourableList: Array<{ kind: UnfavourableKind; direction: Direction } & DirectionName>;
}

export interface LoShuMissingRemedy {
  /** What the absence tends to show. */
  meaning: string;
  /** Lo Shu sector of the digit (facts). */
  direction: Direction | "Centre";
  element: "Water" | "Earth" | "Wood" | "Metal" | "Fire";
  remedies: string[];
  affirmation: string;
}

// ---------------------------------------------------------------- Lo Shu

export type ArrowName =
  "Mental" | "Emotional" | "Practical" | "Thought" | "Will" | "Action" | "Determination" | "Spirituality";
export type ArrowKey = `strength:${ArrowName}` | `weakness:${ArrowName}`;

export interface ArrowText {
  title: string;
  paragraph: string;
}

export interface LoShuDigitText {
  /** Theme of the digit's cell, e.g. "Communication". */
  theme: string;
  /** Meaning of the digit appearing once. */
  present: string;
  /** Short note for a count of exactly 2. */
  twice: string;
  /** Short note for a count of 3 or more. */
  many: string;
}

export interface LoShuDigitReading {
  digit: Digit;
  count: number;
  theme: string;
  /** `present`, `twice`, `many` or the missing-number meaning depending on count. */
  text: string;
  kind: "missing" | "present" | "twice" | "many";
}

// ---------------------------------------------------------------- letters

export interface LetterText {
  cornerstone: string;
  capstone: string;
  transit: string;
}

// ---------------------------------------------------------------- compatibility

/** The people relation, framed in compatibility texts. */
export type Relation = PersonRelation;
export type ScoreBand = "low" | "moderate" | "good" | "excellent";

export interface BandText {
  /** Inclusive score range. */
  min: number;
  max: number;
  label: string;
  summary: string;
  tip: string;
}

export interface CompatibilityNarrative {
  score: number;
  band: ScoreBand;
  label: string;
  summary: string;
  tip: string;
  framing: string;
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
