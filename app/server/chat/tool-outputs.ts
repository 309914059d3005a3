/** What the guide's tools answer: plain JSON with the report links (`cite`) each answer can show. */
import { NUMBER_TYPES } from "~/content";
import type { Citation } from "~/forms/chat";
import type { NumberSystem } from "~/numerology";

export interface PersonRef {
  id: string;
  name: string;
  relation: string | null;
}

export interface ToolError {
  error: string;
}

/** One number as the guide reads it. */
export interface NumberDetail {
  key: string;
  label: string;
  value: number | string;
  compound: number | null;
  title: string;
  paragraph: string;
  keywords: string[];
  /** Strengths, or "focus on" / "do" for cycles. */
  strengths: string[];
  /** Challenges, or "avoid" / "don't" for cycles. */
  challenges: string[];
  steps: readonly string[];
  facts: Array<{ label: string; value: string }>;
  href: string;
  /** Pinnacles and challenges: whether the subject is in this period today. */
  current?: boolean;
}

export type NumberSummary = Pick<NumberDetail, "key" | "label" | "value" | "compound" | "title" | "keywords" | "href">;

export interface LoShuOutput {
  missing: Array<{ digit: number; meaning: string; remedies: string[]; affirmation: string }>;
  repeating: Array<{ digit: number; count: number; theme: string; text: string }>;
  arrows: Array<{ kind: "strength" | "weakness"; name: string; title: string; paragraph: string }>;
  steps: readonly string[];
  href: string;
}

export interface ProfileOutput {
  person: PersonRef;
  birthName: string;
  birthDate: string;
  today: string;
  age: number | null;
  system: string;
  numbers: NumberSummary[];
  currentPinnacle: NumberSummary | null;
  currentChallenge: NumberSummary | null;
  karmicLessons: number[];
  karmicDebt: number[];
  loShu: { missing: number[]; repeating: number[]; arrows: string[]; href: string };
  cite: Citation[];
}

/** A practice chosen for the chart (app/server/remedies/selection.ts), where the user can track it. */
export interface PracticeOutput {
  title: string;
  answers: string;
  why: string;
  how: string;
  frequency: string;
  href: string;
}

export interface ExplainOutput {
  person: PersonRef | null;
  key: string;
  about: string;
  items: NumberDetail[];
  loShu?: LoShuOutput;
  /** With key "remedies": the practices chosen for this chart. */
  practices?: PracticeOutput[];
  cite: Citation[];
}

export interface DailyOutput {
  person: PersonRef;
  date: string;
  personalDay: NumberDetail;
  personalMonth: NumberDetail;
  personalYear: NumberDetail;
  universalDay: NumberDetail;
  cite: Citation[];
}

export interface CompareOutput {
  a: PersonRef;
  b: PersonRef;
  score: number;
  band: string;
  label: string;
  summary: string;
  tip: string;
  framing: string;
  pairs: Array<{ label: string; a: number; b: number; relation: string; reason: string }>;
  cite: Citation[];
}

export interface NameOutput {
  person: PersonRef;
  name: string;
  system: NumberSystem;
  current: { value: number; compound: number; steps: readonly string[] };
  target: number;
  targetTitle: string;
  suggestions: Array<{ spelling: string; change: string; compound: number }>;
  cite: Citation[];
}

export interface DatesOutput {
  person: PersonRef;
  month: string;
  number: number;
  title: string;
  dates: string[];
  cite: Citation[];
}

/** Keys `explainNumber` accepts: every number position, the report's other items, and "number" for a number's general meaning. */
export const EXPLAIN_KEYS = [
  ...NUMBER_TYPES,
  "cornerstone",
  "capstone",
  "firstVowel",
  "personalYear",
  "personalMonth",
  "personalDay",
  "transit",
  "kua",
  "loShu",
  "remedies",
  "number",
] as const;
export type ExplainKey = (typeof EXPLAIN_KEYS)[number];
