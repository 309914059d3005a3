/** The report's shapes: what the calculator, /report, /people/:id and the PDFs render. */
import type { Profile } from "~/numerology";

export interface ReportMeaning {
  title: string;
  paragraph: string;
  keywords: string[];
  strengths: string[];
  challenges: string[];
}

/** A labelled fact shown beside a number ("Gemstone: Ruby", "Ages: 35–44"). */
export interface ReportFact {
  label: string;
  value: string;
}

export interface ReportItem {
  /** Unique within a report: "lifePath", "pinnacle.2", "karmicLesson.7", "remedy.lifePath". */
  key: string;
  /** The profile key this item comes from (report-model tests check every key is covered). */
  source: keyof Profile;
  label: string;
  /** What this kind of number is, in one or two sentences. */
  about: string;
  /** A number, a letter (Cornerstone, transits) or "None" for an empty list. */
  value: number | string;
  /** The unreduced total, or null where there is none (letters, lists). */
  compound: number | null;
  /** "Show the math": the engine's derivation lines. */
  steps: readonly string[];
  meaning: ReportMeaning;
  /** Headings for meaning.strengths / meaning.challenges where "Strengths"/"Challenges" would not fit. */
  listLabels: { strengths: string; challenges: string };
  facts: ReportFact[];
  /** Pinnacles and challenges: the ages covered; endAge null = for the rest of life. */
  period?: { startAge: number; endAge: number | null; current: boolean };
}

export type ReportSectionKey = "core" | "more" | "cycles" | "pinnacles" | "transits" | "lo-shu" | "remedies";

export interface ReportSection {
  key: ReportSectionKey;
  title: string;
  /** From app/content where a section has one; "" otherwise. */
  intro: string;
  items: ReportItem[];
}

export interface LoShuCell {
  digit: number;
  count: number;
  theme: string;
  kind: "missing" | "present" | "twice" | "many";
  text: string;
  /** Sector of the square (N, SW, Centre …). */
  sector: string;
}

export interface LoShuArrowFact {
  key: string;
  kind: "strength" | "weakness";
  name: string;
  title: string;
  paragraph: string;
}

export interface LoShuMissingFact {
  digit: number;
  meaning: string;
  direction: string;
  element: string;
  remedies: string[];
  affirmation: string;
}

export interface LoShuFacts {
  title: string;
  intro: string;
  /** In LO_SHU_LAYOUT order (row by row). */
  cells: LoShuCell[];
  arrows: LoShuArrowFact[];
  arrowsIntro: string;
  missing: LoShuMissingFact[];
  missingIntro: string;
  repeating: LoShuCell[];
  repeatingIntro: string;
  steps: readonly string[];
}

export interface Report {
  birthName: string;
  birthDate: string;
  today: string | null;
  age: number | null;
  system: Profile["input"]["options"]["system"];
  sections: ReportSection[];
  loShu: LoShuFacts;
  remediesDisclaimer: string;
}

export interface ReportOptions {
  locale?: string;
}
