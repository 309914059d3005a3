/** Turns the profile's numbers into report items, each joined with its interpretation. */
import { meaningFor, sectionIntro, type Locale, type NumberType, type SectionKey } from "~/content";
import type { LifePeriod, NumberResult, Profile } from "~/numerology";
import type { ReportItem, ReportMeaning } from "./types";

export const DEFAULT_LISTS = { strengths: "Strengths", challenges: "Challenges" };
export const CYCLE_LISTS = { strengths: "Focus on", challenges: "Avoid" };
export const DAY_LISTS = { strengths: "Do", challenges: "Don't" };
const ORDINALS = ["First", "Second", "Third", "Fourth"];

export const emptyMeaning = (title: string, paragraph: string): ReportMeaning => ({
  title,
  paragraph,
  keywords: [],
  strengths: [],
  challenges: [],
});

const pick = ({ title, paragraph, keywords, strengths, challenges }: ReportMeaning): ReportMeaning => ({
  title,
  paragraph,
  keywords,
  strengths,
  challenges,
});

/** Builds items in one locale; every helper reads the section intro for its label and "about" text. */
export class ItemBuilder {
  constructor(
    private readonly profile: Profile,
    private readonly locale: Locale,
  ) {}

  intro(key: SectionKey) {
    return sectionIntro(key, this.locale);
  }

  /** A number in a position that has its own interpretation table. */
  number(
    key: string,
    source: keyof Profile,
    type: NumberType,
    result: NumberResult,
    extra: Partial<Pick<ReportItem, "label" | "facts">> = {},
  ): ReportItem {
    const intro = this.intro(type);
    return {
      key,
      source,
      label: extra.label ?? intro.title,
      about: intro.description,
      value: result.value,
      compound: result.compound,
      steps: result.steps,
      meaning: pick(meaningFor(type, result.value, this.locale)),
      listLabels: DEFAULT_LISTS,
      facts: extra.facts ?? [],
    };
  }

  /** One item per number of a list (Karmic Lessons, Hidden Passion, Karmic Debt), or a single "None". */
  list(source: "karmicLessons" | "hiddenPassion" | "karmicDebt", type: NumberType, numbers: number[]): ReportItem[] {
    const intro = this.intro(type);
    const base = {
      source,
      about: intro.description,
      compound: null,
      steps: this.profile.karmicSteps,
      listLabels: DEFAULT_LISTS,
      facts: [],
    };
    if (numbers.length === 0) {
      return [
        {
          ...base,
          key: type,
          label: intro.title,
          value: "None",
          meaning: emptyMeaning(intro.title, intro.description),
        },
      ];
    }
    return numbers.map((n) => ({
      ...base,
      key: `${type}.${n}`,
      label: intro.title,
      value: n,
      compound: type === "karmicDebt" ? n : null,
      meaning: pick(meaningFor(type, n, this.locale)),
    }));
  }

  letter(key: "cornerstone" | "capstone" | "firstVowel", letter: string, text: string): ReportItem {
    const intro = this.intro(key);
    return {
      key,
      source: key,
      label: intro.title,
      about: intro.description,
      value: letter === "" ? "None" : letter,
      compound: null,
      steps: [`First name ${this.profile.input.firstName || "—"}`],
      meaning: emptyMeaning(letter === "" ? intro.title : `${intro.title} ${letter}`, text),
      listLabels: DEFAULT_LISTS,
      facts: [],
    };
  }

  period(kind: "pinnacle" | "challenge", period: LifePeriod, index: number): ReportItem {
    const intro = this.intro(kind);
    const age = this.profile.input.age;
    const singular = kind === "pinnacle" ? "Pinnacle" : "Challenge";
    const ages = period.endAge === null ? `From age ${period.startAge}` : `Ages ${period.startAge}–${period.endAge}`;
    return {
      key: `${kind}.${index + 1}`,
      source: kind === "pinnacle" ? "pinnacles" : "challenges",
      label: `${ORDINALS[index]} ${singular}`,
      about: intro.description,
      value: period.number,
      compound: period.compound,
      steps: period.steps,
      meaning: pick(meaningFor(kind, period.number, this.locale)),
      listLabels: DEFAULT_LISTS,
      facts: [{ label: "Ages", value: ages }],
      period: {
        startAge: period.startAge,
        endAge: period.endAge,
        current: age !== undefined && age >= period.startAge && (period.endAge === null || age < period.endAge),
      },
    };
  }
}
