/** The content's vocabulary: locales, the numbers and letters it has texts for, and the shape of a meaning. */
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
