import { parseWithZod } from "@conform-to/zod/v4";
import { dailyReading, meaningFor } from "~/content";
import { datesToolSchema, nameToolSchema } from "~/forms/tools";
import { personalDaysOfMonth } from "~/lib/view-models/day-numbers";
import { isNumerologyInputError, suggestNameSpellings, nameNumberOf } from "~/numerology";
import type { Subject } from "./readings.server";

/** /tools/name: spellings of a name that reach a target number. */
export function runNameTool(params: URLSearchParams) {
  if (!params.has("name")) return { status: 200 as const, result: null, output: null };
  const submission = parseWithZod(params, { schema: nameToolSchema });
  if (submission.status !== "success") return { status: 400 as const, result: submission.reply(), output: null };
  const { name, target, system } = submission.value;
  try {
    const current = nameNumberOf(name, system);
    const type = system === "chaldean" ? "chaldeanName" : "expression";
    return {
      status: 200 as const,
      result: submission.reply(),
      output: {
        name,
        system,
        target,
        current: { value: current.value, compound: current.compound, steps: current.steps },
        targetMeaning: { title: meaningFor(type, target).title, paragraph: meaningFor(type, target).paragraph },
        suggestions: suggestNameSpellings(name, target, system),
      },
    };
  } catch (error) {
    if (!isNumerologyInputError(error)) throw error;
    const field = error.field === "target" || error.field === "system" ? error.field : "name";
    return {
      status: 400 as const,
      result: submission.reply({ fieldErrors: { [field]: [error.message] } }),
      output: null,
    };
  }
}

/** /tools/dates: the dates of a month whose Personal Day is the chosen number, for one subject. */
export function runDatesTool(params: URLSearchParams, subjects: Subject[]) {
  if (!params.has("month")) return { status: 200 as const, result: null, output: null };
  const submission = parseWithZod(params, { schema: datesToolSchema });
  if (submission.status !== "success") return { status: 400 as const, result: submission.reply(), output: null };
  const { month, number, person } = submission.value;
  const subject = subjects.find((s) => s.key === person);
  if (!subject) return { status: 404 as const, result: null, output: null };
  const dates = personalDaysOfMonth(subject.birthDate, month)
    .filter((d) => d.personalDay === number && d.date >= subject.birthDate)
    .map((d) => d.date);
  const reading = dailyReading(number, `${month}-01`);
  return {
    status: 200 as const,
    result: submission.reply(),
    output: { month, number, subject: { key: subject.key, name: subject.name }, dates, title: reading.title },
  };
}
