/** Helpers the guide's tools share: the subject's report, its items as the guide reads them, their links. */
import type { Citation } from "~/forms/chat";
import { reportItemHref, reportPath } from "~/lib/report/links";
import { selectRemedies } from "~/server/remedies/selection";
import { buildReport, type Report, type ReportItem } from "~/lib/report";
import { readProfile, type Subject } from "~/server/readings/readings.server";
import type { ChatContext } from "./context.server";
import type { NumberDetail, NumberSummary, PersonRef, PracticeOutput, ToolError } from "./tool-outputs";

export const NO_PERSON: ToolError = {
  error: 'No such person. Use "me" or one of the person ids listed in your instructions.',
};

export const personRef = (s: Subject): PersonRef => ({ id: s.key, name: s.name, relation: s.relation });

export function detail(subjectKey: string, item: ReportItem): NumberDetail {
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

export const summary = ({ key, label, value, compound, title, keywords, href }: NumberDetail): NumberSummary => ({
  key,
  label,
  value,
  compound,
  title,
  keywords,
  href,
});

export const citeOf = (items: NumberDetail[]): Citation[] =>
  items.map((d) => ({ label: `${d.label} ${d.value}`, href: d.href }));

/** The subject's report on `date` (default: the owner's today), or a tool error the model can relay. */
export function reportOf(context: ChatContext, subject: Subject, date = context.today): Report | ToolError {
  const reading = readProfile(subject, context.prefs, date);
  if (!reading.ok) return { error: reading.error.message };
  return buildReport(reading.profile);
}

/** The remedies chosen for a subject's chart, linked to where they are tracked (the user's) or listed (a person's). */
export function practicesOf(context: ChatContext, subject: Subject): PracticeOutput[] {
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

export const itemsOf = (report: Report) => report.sections.flatMap((s) => s.items);

export const isError = (value: unknown): value is ToolError =>
  typeof value === "object" && value !== null && "error" in value;
