/**
 * The guide's tools, executed on the server for the owner only: every `personId` is looked up among the
 * owner's own subjects, and one that isn't there (missing or someone else's) gets the same answer.
 * Outputs are plain JSON with the report links (`cite`) each answer can show.
 */
import { tool } from "ai";
import { z } from "zod";
import { NUMBER_TYPES, numberMeaning, sectionIntro } from "~/content";
import type { Citation } from "~/forms/chat";
import { CHALDEAN_TARGETS, NAME_TARGETS } from "~/forms/tools";
import { isIsoDate, isIsoMonth } from "~/lib/dates/calendar";
import { buildCompatibility, relationBetween } from "~/lib/view-models/compatibility-model";
import {
  compatibilityHref,
  dailyHref,
  nameToolHref,
  reportItemHref,
  reportPath,
  reportSectionHref,
  datesToolHref,
} from "~/lib/report/links";
import { buildReport, type Report, type ReportItem } from "~/lib/report/index";
import {
  analyzeName,
  chaldeanNameNumber,
  expression,
  isNumerologyInputError,
  suggestNameSpellings,
  transliterateName,
  type NumberSystem,
} from "~/numerology";
import { readProfile, type Subject } from "~/server/readings/readings.server";
import { runDatesTool } from "~/server/readings/tools.server";
import { selectRemedies } from "~/server/remedies/selection";
import { subjectFor, type ChatContext } from "./context.server";

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
  steps: string[];
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
  steps: string[];
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
  current: { value: number; compound: number; steps: string[] };
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

const NO_PERSON: ToolError = {
  error: 'No such person. Use "me" or one of the person ids listed in your instructions.',
};

const personRef = (s: Subject): PersonRef => ({ id: s.key, name: s.name, relation: s.relation });

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

function detail(subjectKey: string, item: ReportItem): NumberDetail {
  return {
    key: item.key,
    label: item.label,
    value: item.value,
    compound: item.compound,
    title: item.meaning.title,
    paragraph: item.meaning.paragraph,
    keywords: item.meaning.keywords.slice(0, 4),
    strengths: item.meaning.strengths,
    challenges: item.meaning.challenges,
    steps: item.steps,
    facts: item.facts,
    href: reportItemHref(subjectKey, item.key),
    ...(item.period ? { current: item.period.current } : {}),
  };
}

const summary = ({ key, label, value, compound, title, keywords, href }: NumberDetail): NumberSummary => ({
  key,
  label,
  value,
  compound,
  title,
  keywords,
  href,
});

const citeOf = (items: NumberDetail[]): Citation[] =>
  items.map((d) => ({ label: `${d.label} ${d.value}`, href: d.href }));

/** The subject's report on `date` (default: the owner's today), or a tool error the model can relay. */
function reportOf(context: ChatContext, subject: Subject, date = context.today): Report | ToolError {
  const reading = readProfile(subject, context.prefs, date);
  if (!reading.ok) return { error: reading.error.message };
  return buildReport(reading.profile);
}

/** The remedies chosen for a subject's chart, linked to where they are tracked (the user's) or listed (a person's). */
function practicesOf(context: ChatContext, subject: Subject): PracticeOutput[] {
  const reading = readProfile(subject, context.prefs, context.today);
  if (!reading.ok) return [];
  const href = subject.key === "me" ? "/remedies" : `${reportPath(subject.key)}#personal-remedies`;
  return selectRemedies(reading.profile).map(({ title, answers, why, how, frequency }) => ({
    title,
    answers,
    why,
    how,
    frequency,
    href,
  }));
}

const itemsOf = (report: Report) => report.sections.flatMap((s) => s.items);

const isError = (value: unknown): value is ToolError => typeof value === "object" && value !== null && "error" in value;

export function getProfile(context: ChatContext, input: { personId?: string }): ProfileOutput | ToolError {
  const subject = subjectFor(context, input.personId);
  if (!subject) return NO_PERSON;
  const report = reportOf(context, subject);
  if (isError(report)) return report;
  const details = itemsOf(report).map((item) => detail(subject.key, item));
  const pick = (keys: string[]) => details.filter((d) => keys.includes(d.key));
  const core = pick([
    "lifePath",
    "expression",
    "soulUrge",
    "personality",
    "birthday",
    "maturity",
    "personalYear",
    "personalMonth",
    "personalDay",
    "driver",
    "conductor",
    "kua",
  ]);
  const current = (prefix: string) => details.find((d) => d.key.startsWith(`${prefix}.`) && d.current === true) ?? null;
  const pinnacle = current("pinnacle");
  const challenge = current("challenge");
  return {
    person: personRef(subject),
    birthName: subject.birthName,
    birthDate: subject.birthDate,
    today: context.today,
    age: report.age,
    system: report.system,
    numbers: core.map(summary),
    currentPinnacle: pinnacle && summary(pinnacle),
    currentChallenge: challenge && summary(challenge),
    karmicLessons: details.filter((d) => d.key.startsWith("karmicLesson.")).map((d) => Number(d.value)),
    karmicDebt: details.filter((d) => d.key.startsWith("karmicDebt.")).map((d) => Number(d.value)),
    loShu: {
      missing: report.loShu.missing.map((m) => m.digit),
      repeating: report.loShu.repeating.map((r) => r.digit),
      arrows: report.loShu.arrows.map((a) => a.title),
      href: reportSectionHref(subject.key, "lo-shu"),
    },
    cite: citeOf(core.slice(0, 2)),
  };
}

function loShuOutput(subjectKey: string, report: Report): LoShuOutput {
  const { loShu } = report;
  return {
    missing: loShu.missing.map(({ digit, meaning, remedies, affirmation }) => ({
      digit,
      meaning,
      remedies,
      affirmation,
    })),
    repeating: loShu.repeating.map(({ digit, count, theme, text }) => ({ digit, count, theme, text })),
    arrows: loShu.arrows.map(({ kind, name, title, paragraph }) => ({ kind, name, title, paragraph })),
    steps: loShu.steps,
    href: reportSectionHref(subjectKey, "lo-shu"),
  };
}

/** Which report items a key names: a position, every item of a list, or the current pinnacle/challenge. */
function itemsFor(key: ExplainKey, details: NumberDetail[]): NumberDetail[] {
  if (key === "pinnacle" || key === "challenge" || key === "transit") {
    const all = details.filter((d) => d.key.startsWith(`${key}.`));
    const current = all.filter((d) => d.current);
    return current.length ? current : all;
  }
  if (key === "karmicLesson" || key === "karmicDebt" || key === "hiddenPassion")
    return details.filter((d) => d.key === key || d.key.startsWith(`${key}.`));
  if (key === "loShu") return details.filter((d) => d.key === "driver" || d.key === "conductor");
  if (key === "remedies") return details.filter((d) => d.key.startsWith("remedy."));
  return details.filter((d) => d.key === key);
}

export function explainNumber(
  context: ChatContext,
  input: { key: ExplainKey; number?: number; personId?: string },
): ExplainOutput | ToolError {
  if (input.key === "number") {
    if (input.number === undefined || !Number.isInteger(input.number) || input.number < 1)
      return { error: 'Give "number" (1 or more) to explain a number in general.' };
    const m = numberMeaning(input.number);
    const item: NumberDetail = {
      key: "number",
      label: `Number ${m.number}`,
      value: m.number,
      compound: input.number === m.number ? null : input.number,
      title: m.title,
      paragraph: m.paragraph,
      keywords: m.keywords.slice(0, 4),
      strengths: m.strengths,
      challenges: m.challenges,
      steps: [],
      facts: [
        { label: "Planet", value: m.planet },
        { label: "Element", value: m.element },
      ],
      href: "/calculator",
    };
    return { person: null, key: "number", about: "The number's general character.", items: [item], cite: [] };
  }
  const subject = subjectFor(context, input.personId);
  if (!subject) return NO_PERSON;
  const report = reportOf(context, subject);
  if (isError(report)) return report;
  const items = itemsFor(
    input.key,
    itemsOf(report).map((item) => detail(subject.key, item)),
  );
  if (input.key === "kua" && !items.length)
    return { error: "Kua needs a gender: it can be set in Settings → Profile (or on the person's page)." };
  const intro = sectionIntro(input.key);
  const lo = input.key === "loShu" ? loShuOutput(subject.key, report) : undefined;
  return {
    person: personRef(subject),
    key: input.key,
    about: intro.description,
    items,
    ...(lo ? { loShu: lo } : {}),
    ...(input.key === "remedies" ? { practices: practicesOf(context, subject) } : {}),
    cite: lo ? [{ label: "Lo Shu grid", href: lo.href }, ...citeOf(items)] : citeOf(items),
  };
}

export function dailyReading(
  context: ChatContext,
  input: { date?: string; personId?: string },
): DailyOutput | ToolError {
  const subject = subjectFor(context, input.personId);
  if (!subject) return NO_PERSON;
  const date = input.date ?? context.today;
  if (!isIsoDate(date)) return { error: `"${date}" is not a date: use YYYY-MM-DD.` };
  if (date < subject.birthDate) return { error: `${date} is before ${subject.name}'s birth date.` };
  const report = reportOf(context, subject, date);
  if (isError(report)) return report;
  const cycles = report.sections.find((s) => s.key === "cycles")?.items ?? [];
  const byKey = (key: string) => {
    const item = cycles.find((i) => i.key === key)!;
    return { ...detail(subject.key, item), href: dailyHref(subject.key, date) };
  };
  const day = byKey("personalDay");
  return {
    person: personRef(subject),
    date,
    personalDay: day,
    personalMonth: byKey("personalMonth"),
    personalYear: byKey("personalYear"),
    universalDay: byKey("universalDay"),
    cite: [{ label: `Personal Day, Month and Year on ${date}`, href: day.href }],
  };
}

export function compare(
  context: ChatContext,
  input: { personA?: string; personB?: string },
): CompareOutput | ToolError {
  const a = subjectFor(context, input.personA ?? "me");
  const b = subjectFor(context, input.personB);
  if (!a || !b) return NO_PERSON;
  if (a.key === b.key) return { error: "Choose two different people to compare." };
  const pa = readProfile(a, context.prefs, context.today);
  if (!pa.ok) return { error: pa.error.message };
  const pb = readProfile(b, context.prefs, context.today);
  if (!pb.ok) return { error: pb.error.message };
  const result = buildCompatibility(pa.profile, pb.profile, relationBetween(a, b));
  const { narrative } = result;
  const href = compatibilityHref(a.key, b.key);
  return {
    a: personRef(a),
    b: personRef(b),
    score: result.score,
    band: narrative.band,
    label: narrative.label,
    summary: narrative.summary,
    tip: narrative.tip,
    framing: narrative.framing,
    pairs: result.pairs.map((p) => ({ label: p.label, a: p.a, b: p.b, relation: p.relation, reason: p.reason })),
    cite: [{ label: `Compatibility ${result.score}/100`, href }],
  };
}

export function suggestNames(
  context: ChatContext,
  input: { target: number; personId?: string; system?: NumberSystem },
): NameOutput | ToolError {
  const subject = subjectFor(context, input.personId);
  if (!subject) return NO_PERSON;
  const system = input.system ?? context.prefs.system;
  const allowed: readonly number[] = system === "chaldean" ? CHALDEAN_TARGETS : NAME_TARGETS;
  if (!allowed.includes(input.target))
    return { error: `The target must be one of ${allowed.join(", ")} for the ${system} system.` };
  try {
    const analysis = analyzeName(transliterateName(subject.birthName), system);
    const current = system === "chaldean" ? chaldeanNameNumber(analysis) : expression(analysis);
    const type = system === "chaldean" ? "chaldeanName" : "expression";
    const suggestions = suggestNameSpellings(subject.birthName, input.target, system).slice(0, 8);
    const href = nameToolHref(subject.birthName, input.target, system);
    return {
      person: personRef(subject),
      name: subject.birthName,
      system,
      current: { value: current.value, compound: current.compound, steps: current.steps },
      target: input.target,
      targetTitle: numberMeaning(input.target).title,
      suggestions: suggestions.map(({ spelling, change, compound }) => ({ spelling, change, compound })),
      cite: [{ label: `${type === "expression" ? "Expression" : "Chaldean name number"} ${current.value}`, href }],
    };
  } catch (error) {
    if (isNumerologyInputError(error)) return { error: error.message };
    throw error;
  }
}

export function goodDates(
  context: ChatContext,
  input: { month?: string; number: number; personId?: string },
): DatesOutput | ToolError {
  const subject = subjectFor(context, input.personId);
  if (!subject) return NO_PERSON;
  const month = input.month ?? context.today.slice(0, 7);
  if (!isIsoMonth(month)) return { error: `"${month}" is not a month: use YYYY-MM.` };
  const params = new URLSearchParams({ month, number: String(input.number), person: subject.key });
  const outcome = runDatesTool(params, context.subjects);
  if (!outcome.output) {
    const errors = Object.values(outcome.result?.error ?? {}).flat();
    return { error: errors.join(" ") || "Those dates can't be found." };
  }
  const href = datesToolHref(subject.key, month, input.number);
  const upcoming = outcome.output.dates.filter((d) => d >= context.today || month !== context.today.slice(0, 7));
  return {
    person: personRef(subject),
    month,
    number: input.number,
    title: outcome.output.title,
    dates: upcoming,
    cite: [{ label: `Personal Day ${input.number} dates in ${month}`, href }],
  };
}

const personIdField = z
  .string()
  .optional()
  .describe('"me" or a person id from the instructions; leave out for whom the conversation is about');

/** The tools as the AI SDK runs them; `onCite` collects the links an answer used. */
export function createChatTools(context: ChatContext, onCite: (cite: Citation[]) => void = () => {}) {
  const run =
    <I, O>(fn: (context: ChatContext, input: I) => O | ToolError) =>
    async (input: I) => {
      const output = fn(context, input);
      if (!isError(output)) onCite((output as { cite: Citation[] }).cite);
      return output;
    };
  return {
    getProfile: tool({
      description:
        "The core numbers, today's cycles, current pinnacle and challenge, karmic numbers and Lo Shu summary of the user or one of their people.",
      inputSchema: z.object({ personId: personIdField }),
      execute: run(getProfile),
    }),
    compare: tool({
      description:
        'Numerology compatibility of two people (each "me" or a person id): score, band and each number pair.',
      inputSchema: z.object({ personA: z.string().default("me"), personB: z.string().optional() }),
      execute: run(compare),
    }),
    dailyReading: tool({
      description: "Personal Day, Month and Year readings for a date (YYYY-MM-DD; default: the user's today).",
      inputSchema: z.object({ date: z.string().optional(), personId: personIdField }),
      execute: run(dailyReading),
    }),
    explainNumber: tool({
      description:
        'Meaning, strengths, challenges and "how it was calculated" of one number of a chart, by key; key "number" with `number` gives a number\'s general meaning.',
      inputSchema: z.object({
        key: z.enum(EXPLAIN_KEYS),
        number: z.number().int().optional(),
        personId: personIdField,
      }),
      execute: run(explainNumber),
    }),
    suggestNameSpellings: tool({
      description: "Spellings of the birth name whose name number reaches a target number.",
      inputSchema: z.object({
        target: z.number().int(),
        personId: personIdField,
        system: z.enum(["pythagorean", "chaldean"]).optional(),
      }),
      execute: run(suggestNames),
    }),
    goodDates: tool({
      description: "The dates of a month (YYYY-MM; default this month) whose Personal Day is the given number 1–9.",
      inputSchema: z.object({ month: z.string().optional(), number: z.number().int(), personId: personIdField }),
      execute: run(goodDates),
    }),
  };
}

export type ChatTools = ReturnType<typeof createChatTools>;
