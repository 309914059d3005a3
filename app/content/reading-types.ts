/** The shapes of the content's readings: cycles, remedies and Kua, the Lo Shu grid, letters, compatibility. */
import type { PersonRelation } from "~/people/relations";
import type { Digit, KuaNumber, Weekday } from "./scalars";

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
