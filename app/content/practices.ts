/**
 * Remedies as practices a person can keep: what to do, how often and how much effort, per family of
 * remedy (see docs/remedies.md for the selection rules and where each family comes from). Pure data
 * per locale, like the rest of app/content.
 */
import type { Effort, Frequency, RemedyKind } from "~/forms/remedy-lists";
import { en } from "./en/practices";
import { DEFAULT_LOCALE, type Digit, type Locale } from "./types";

/** The families of remedies, each with the tradition it comes from. */
export const PRACTICE_FAMILIES = [
  "lo-shu",
  "colour",
  "mantra",
  "gemstone",
  "food",
  "driver",
  "karmic",
  "year",
  "debt",
] as const;
export type PracticeFamily = (typeof PRACTICE_FAMILIES)[number];

/** The compounds the tradition calls karmic debts: the challenging compounds a remedy answers. */
export const CHALLENGING_COMPOUNDS = [13, 14, 16, 19] as const;
export type ChallengingCompound = (typeof CHALLENGING_COMPOUNDS)[number];

/** Drivers that Indian practice calls demanding (Rahu and Saturn). */
export const DEMANDING_DRIVERS = [4, 8] as const;
export type DemandingDriver = (typeof DEMANDING_DRIVERS)[number];

export interface PracticeText {
  title: string;
  /** What to do, in one or two sentences. */
  how: string;
  kind: RemedyKind;
  frequency: Frequency;
  effort: Effort;
}

export interface PracticeBundle {
  traditions: Record<PracticeFamily, string>;
  loShu: Record<Digit, PracticeText>;
  colour: Record<Digit, PracticeText>;
  mantra: Record<Digit, PracticeText>;
  gemstone: Record<Digit, PracticeText>;
  food: Record<Digit, PracticeText>;
  driver: Record<DemandingDriver, PracticeText>;
  karmic: Record<Digit, PracticeText>;
  year: Record<Digit, PracticeText>;
  debt: Record<ChallengingCompound, PracticeText>;
  /** Which number a remedy answers, as a short label ("Missing 3 in your Lo Shu grid"). */
  answers: Record<PracticeFamily, (n: number) => string>;
  /** Why a family's remedy applies: filled in with the person's number and that number's words. */
  why: {
    loShu: (digit: number, sector: string, element: string, meaning: string) => string;
    colour: (driver: number, planet: string) => string;
    mantra: (driver: number, planet: string) => string;
    gemstone: (conductor: number, planet: string) => string;
    food: (conductor: number, planet: string) => string;
    driver: (driver: number, planet: string) => string;
    karmic: (lesson: number, title: string) => string;
    year: (year: number, title: string) => string;
    debt: (compound: number, where: string, title: string) => string;
  };
}

const BUNDLES: Record<Locale, PracticeBundle> = { en };

export function practiceBundle(locale: Locale = DEFAULT_LOCALE): PracticeBundle {
  return BUNDLES[locale];
}
