/**
 * The one report model behind the calculator, /report, /people/:id and the PDFs: the profile's numbers in
 * reading order, each joined with its interpretation from app/content. Pure: no I/O, no React, no clock.
 */
import {
  capstoneMeaning,
  cornerstoneMeaning,
  dailyReading,
  firstVowelMeaning,
  kuaReading,
  loShuArrow,
  loShuDigitReading,
  loShuMissingRemedy,
  loShuSector,
  meaningFor,
  numberMeaning,
  personalMonthReading,
  personalYearReading,
  remediesDisclaimer,
  remedyFor,
  resolveLocale,
  sectionIntro,
  transitMeaning,
  universalReading,
  type Locale,
  type NumberType,
  type SectionKey,
} from "~/content";
import type { LifePeriod, NumberResult, Profile } from "~/numerology";

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
  steps: string[];
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

/** Lo Shu square layout, top row first (4 9 2 / 3 5 7 / 8 1 6). */
export const LO_SHU_LAYOUT: readonly (readonly number[])[] = [
  [4, 9, 2],
  [3, 5, 7],
  [8, 1, 6],
];

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
  steps: string[];
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

const DEFAULT_LISTS = { strengths: "Strengths", challenges: "Challenges" };
const CYCLE_LISTS = { strengths: "Focus on", challenges: "Avoid" };
const DAY_LISTS = { strengths: "Do", challenges: "Don't" };
const ORDINALS = ["First", "Second", "Third", "Fourth"];

const emptyMeaning = (title: string, paragraph: string): ReportMeaning => ({
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
class ItemBuilder {
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

function coreSection(b: ItemBuilder, p: Profile): ReportSection {
  return {
    key: "core",
    title: "Core numbers",
    intro: "",
    items: [
      b.number("lifePath", "lifePath", "lifePath", p.lifePath),
      b.number("expression", "expression", "expression", p.expression, {
        facts: [{ label: "Chaldean name number", value: String(p.chaldean.nameNumber.value) }],
      }),
      b.number("soulUrge", "soulUrge", "soulUrge", p.soulUrge),
      b.number("personality", "personality", "personality", p.personality),
      b.number("birthday", "birthday", "birthday", p.birthday),
      b.number("maturity", "maturity", "maturity", p.maturity),
    ],
  };
}

function moreSection(b: ItemBuilder, p: Profile, locale: Locale): ReportSection {
  const expressionLabel =
    p.input.options.system === "chaldean" ? "Expression (Chaldean letters)" : "Pythagorean Expression";
  return {
    key: "more",
    title: "More numbers",
    intro: "",
    items: [
      b.number("attitude", "attitude", "attitude", p.attitude),
      b.number("balance", "balance", "balance", p.balance),
      b.number("rationalThought", "rationalThought", "rationalThought", p.rationalThought),
      b.number("subconsciousSelf", "subconsciousSelf", "subconsciousSelf", p.subconsciousSelf),
      ...b.list("hiddenPassion", "hiddenPassion", p.hiddenPassion),
      ...b.list("karmicLessons", "karmicLesson", p.karmicLessons),
      ...b.list("karmicDebt", "karmicDebt", p.karmicDebt),
      b.letter("cornerstone", p.cornerstone, p.cornerstone ? cornerstoneMeaning(p.cornerstone, locale) : ""),
      b.letter("capstone", p.capstone, p.capstone ? capstoneMeaning(p.capstone, locale) : ""),
      b.letter("firstVowel", p.firstVowel, firstVowelMeaning(p.firstVowel, locale)),
      b.number("chaldeanName", "chaldean", "chaldeanName", p.chaldean.nameNumber, {
        facts: [{ label: expressionLabel, value: String(p.expression.value) }],
      }),
    ],
  };
}

function cyclesSection(b: ItemBuilder, p: Profile, locale: Locale): ReportSection | null {
  const { personalYear, personalMonth, personalDay, universalYear, universalMonth, universalDay } = p;
  if (!personalYear || !personalMonth || !personalDay || !universalYear || !universalMonth || !universalDay)
    return null;
  const today = p.input.today!;
  const cycle = (
    key: SectionKey & keyof Profile,
    result: NumberResult,
    meaning: ReportMeaning,
    listLabels = CYCLE_LISTS,
    facts: ReportFact[] = [],
  ): ReportItem => {
    const intro = b.intro(key);
    return {
      key,
      source: key,
      label: intro.title,
      about: intro.description,
      value: result.value,
      compound: result.compound,
      steps: result.steps,
      meaning,
      listLabels,
      facts,
    };
  };
  const year = personalYearReading(personalYear.value, locale);
  const month = personalMonthReading(personalMonth.value, locale);
  const day = dailyReading(personalDay.value, today, locale);
  const universal = (kind: "year" | "month" | "day", n: number): ReportMeaning => {
    const u = universalReading(kind, n, locale);
    return emptyMeaning(u.title, u.text);
  };
  return {
    key: "cycles",
    title: "Cycles",
    intro: "",
    items: [
      cycle("personalYear", personalYear, {
        title: year.title,
        paragraph: year.paragraph,
        keywords: [],
        strengths: year.focus,
        challenges: year.avoid,
      }),
      cycle("personalMonth", personalMonth, {
        title: month.title,
        paragraph: month.paragraph,
        keywords: [],
        strengths: month.focus,
        challenges: month.avoid,
      }),
      cycle(
        "personalDay",
        personalDay,
        { title: day.title, paragraph: day.reading, keywords: [], strengths: [day.do], challenges: [day.dont] },
        DAY_LISTS,
        [{ label: "Colour of the day", value: day.luckyColour }],
      ),
      cycle("universalYear", universalYear, universal("year", universalYear.value)),
      cycle("universalMonth", universalMonth, universal("month", universalMonth.value)),
      cycle("universalDay", universalDay, universal("day", universalDay.value)),
    ],
  };
}

function pinnaclesSection(b: ItemBuilder, p: Profile): ReportSection {
  return {
    key: "pinnacles",
    title: "Pinnacles & Challenges",
    intro: `${b.intro("pinnacle").description} ${b.intro("challenge").description}`,
    items: [
      ...p.pinnacles.map((period, i) => b.period("pinnacle", period, i)),
      ...p.challenges.map((period, i) => b.period("challenge", period, i)),
    ],
  };
}

function transitsSection(b: ItemBuilder, p: Profile, locale: Locale): ReportSection | null {
  const { transits, essence } = p;
  if (!transits || !essence) return null;
  const intro = b.intro("transit");
  const roles = [
    ["physical", "Physical transit"],
    ["mental", "Mental transit"],
    ["spiritual", "Spiritual transit"],
  ] as const;
  const letters = roles.map(([role, label]): ReportItem => {
    const t = transits.detail[role];
    return {
      key: `transit.${role}`,
      source: "transits",
      label,
      about: intro.description,
      value: t.letter,
      compound: null,
      steps: transits.steps,
      meaning: emptyMeaning(`${label}: ${t.letter}`, transitMeaning(t.letter, locale)),
      listLabels: DEFAULT_LISTS,
      facts: [
        { label: "From the name", value: t.name },
        { label: "Ages", value: `${t.fromAge}–${t.untilAge}` },
      ],
    };
  });
  return {
    key: "transits",
    title: "Transits & Essence",
    intro: intro.description,
    items: [...letters, b.number("essence", "essence", "essence", essence)],
  };
}

function loShuFacts(p: Profile, locale: Locale): LoShuFacts {
  const intro = sectionIntro("loShu", locale);
  const cellOf = (digit: number): LoShuCell => {
    const count = p.loShu.counts[digit as keyof typeof p.loShu.counts];
    const r = loShuDigitReading(digit, count, locale);
    return { digit, count, theme: r.theme, kind: r.kind, text: r.text, sector: loShuSector(digit) };
  };
  return {
    title: intro.title,
    intro: intro.description,
    cells: LO_SHU_LAYOUT.flat().map(cellOf),
    arrows: p.loShu.arrows.map((key) => {
      const a = loShuArrow(key, locale);
      return { key: a.key, kind: a.kind, name: a.name, title: a.title, paragraph: a.paragraph };
    }),
    arrowsIntro: sectionIntro("loShuArrows", locale).description,
    missing: p.loShu.missing.map((digit) => {
      const m = loShuMissingRemedy(digit, locale);
      return {
        digit,
        meaning: m.meaning,
        direction: m.direction,
        element: m.element,
        remedies: m.remedies,
        affirmation: m.affirmation,
      };
    }),
    missingIntro: sectionIntro("loShuMissing", locale).description,
    repeating: p.loShu.repeating.map(cellOf),
    repeatingIntro: sectionIntro("loShuRepeating", locale).description,
    steps: p.loShu.steps,
  };
}

function loShuSection(b: ItemBuilder, p: Profile, locale: Locale): ReportSection {
  const items = [
    b.number("driver", "loShu", "driver", p.loShu.driver),
    b.number("conductor", "loShu", "conductor", p.loShu.conductor),
  ];
  if (p.kua) {
    const intro = b.intro("kua");
    const k = kuaReading(p.kua.value, locale);
    const directions = (list: ReadonlyArray<{ direction: string; name: string; gloss: string }>) =>
      list.map((d) => `${d.direction} (${d.name}, ${d.gloss})`).join("; ");
    items.push({
      key: "kua",
      source: "kua",
      label: intro.title,
      about: intro.description,
      value: p.kua.value,
      compound: p.kua.compound,
      steps: p.kua.steps,
      meaning: {
        title: k.title,
        paragraph: k.paragraph,
        keywords: [k.group, k.element],
        strengths: k.tips,
        challenges: [],
      },
      listLabels: { strengths: "Tips", challenges: DEFAULT_LISTS.challenges },
      facts: [
        { label: "Group", value: `${k.group} group` },
        { label: "Element", value: k.element },
        { label: "Favourable directions", value: directions(k.favourableList) },
        { label: "Directions to avoid", value: directions(k.unfavourableList) },
      ],
    });
  }
  return { key: "lo-shu", title: b.intro("loShu").title, intro: b.intro("loShu").description, items };
}

function remediesSection(b: ItemBuilder, p: Profile, locale: Locale): ReportSection {
  const intro = b.intro("remedies");
  const targets: Array<[string, keyof Profile, string, number]> = [
    ["lifePath", "lifePath", "Life Path", p.lifePath.value],
    ["expression", "expression", "Expression", p.expression.value],
    ["driver", "loShu", "Driver", p.loShu.driver.value],
  ];
  return {
    key: "remedies",
    title: intro.title,
    intro: intro.description,
    items: targets
      .filter(([, , , n]) => n > 0)
      .map(([key, source, label, n]): ReportItem => {
        const r = remedyFor(n, locale);
        const archetype = numberMeaning(n, locale);
        return {
          key: `remedy.${key}`,
          source,
          label: `For your ${label} ${n}`,
          about: intro.description,
          value: n,
          compound: null,
          steps: [],
          meaning: {
            title: archetype.title,
            paragraph: r.practice,
            keywords: [],
            strengths: [r.affirmation],
            challenges: [],
          },
          listLabels: { strengths: "Affirmation", challenges: DEFAULT_LISTS.challenges },
          facts: [
            { label: "Colours", value: r.colours.join(", ") },
            { label: "Gemstone", value: r.gemstone },
            { label: "Days", value: r.days.join(", ") },
            { label: "Planet", value: `${r.planet} (Western: ${r.westernPlanet})` },
          ],
        };
      }),
  };
}

/** The report, in reading order. Cycles and transits appear only when the profile was computed with `today`. */
export function buildReport(profile: Profile, options: ReportOptions = {}): Report {
  const locale = resolveLocale(options.locale);
  const b = new ItemBuilder(profile, locale);
  const sections = [
    coreSection(b, profile),
    moreSection(b, profile, locale),
    cyclesSection(b, profile, locale),
    pinnaclesSection(b, profile),
    transitsSection(b, profile, locale),
    loShuSection(b, profile, locale),
    remediesSection(b, profile, locale),
  ].filter((s): s is ReportSection => s !== null);
  return {
    birthName: profile.input.birthName,
    birthDate: profile.input.birthDate,
    today: profile.input.today ?? null,
    age: profile.input.age ?? null,
    system: profile.input.options.system,
    sections,
    loShu: loShuFacts(profile, locale),
    remediesDisclaimer: remediesDisclaimer(locale),
  };
}

/** One section by key (e.g. the dashboard's "core"). */
export function reportSection(report: Report, key: ReportSectionKey): ReportSection | undefined {
  return report.sections.find((s) => s.key === key);
}
