/** The report's sections, in reading order, each built from the profile by an ItemBuilder. */
import {
  capstoneMeaning,
  cornerstoneMeaning,
  dailyReading,
  firstVowelMeaning,
  kuaReading,
  numberMeaning,
  personalMonthReading,
  personalYearReading,
  remedyFor,
  transitMeaning,
  universalReading,
  type Locale,
  type SectionKey,
} from "~/content";
import type { NumberResult, Profile } from "~/numerology";
import { CYCLE_LISTS, DAY_LISTS, DEFAULT_LISTS, emptyMeaning, type ItemBuilder } from "./item-builder";
import type { ReportFact, ReportItem, ReportMeaning, ReportSection } from "./types";

export function coreSection(b: ItemBuilder, p: Profile): ReportSection {
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

export function moreSection(b: ItemBuilder, p: Profile, locale: Locale): ReportSection {
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

export function cyclesSection(b: ItemBuilder, p: Profile, locale: Locale): ReportSection | null {
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

export function pinnaclesSection(b: ItemBuilder, p: Profile): ReportSection {
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

export function transitsSection(b: ItemBuilder, p: Profile, locale: Locale): ReportSection | null {
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
export function loShuSection(b: ItemBuilder, p: Profile, locale: Locale): ReportSection {
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

export function remediesSection(b: ItemBuilder, p: Profile, locale: Locale): ReportSection {
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
