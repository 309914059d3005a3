/** The guide's tools for days, pairs and names: daily readings, compatibility, name spellings, good dates. */
import { numberMeaning } from "~/content";
import { CHALDEAN_TARGETS, NAME_TARGETS } from "~/forms/choices";
import { isIsoDate, isIsoMonth } from "~/lib/dates/calendar";
import { buildCompatibility, relationBetween } from "~/lib/view-models/compatibility-model";
import { compatibilityHref, dailyHref, nameToolHref, datesToolHref } from "~/lib/report/links";
import { isNumerologyInputError, suggestNameSpellings, type NumberSystem, nameNumberOf } from "~/numerology";
import { readProfile } from "~/server/readings/readings.server";
import { runDatesTool } from "~/server/readings/tools.server";
import { subjectFor, type ChatContext } from "./context.server";
import type { CompareOutput, DailyOutput, DatesOutput, NameOutput, ToolError } from "./tool-outputs";
import { detail, isError, NO_PERSON, personRef, reportOf } from "./tool-support.server";

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
  const pa = readProfile(a, context.prefs, context.today, false); // compared by value: no steps shown
  if (!pa.ok) return { error: pa.error.message };
  const pb = readProfile(b, context.prefs, context.today, false);
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
    const current = nameNumberOf(subject.birthName, system);
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
