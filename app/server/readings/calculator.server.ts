import { parseWithZod } from "@conform-to/zod/v4";
import { calculatorSchema } from "~/forms/calculator";
import { dateInTimeZone, latestDateOnEarth } from "~/lib/dates/local-dates";
import { buildReport, type Report } from "~/lib/report/index";
import { computeProfile, isNumerologyInputError } from "~/numerology";

export type CalculatorOutcome =
  | { status: 200; result: null; report: null }
  | { status: 200; result: ReturnType<ReturnType<typeof parse>["reply"]>; report: Report }
  | { status: 400; result: ReturnType<ReturnType<typeof parse>["reply"]>; report: null };

const parse = (params: URLSearchParams, maxDate: string) => parseWithZod(params, { schema: calculatorSchema(maxDate) });

/**
 * The public calculator's GET query → a report, or the form's errors (the engine's own message on the
 * field it names). Cycles are for the server's date (UTC): the visitor's zone is unknown.
 */
export function runCalculator(params: URLSearchParams, now: Date = new Date()): CalculatorOutcome {
  if (!params.has("birthName") && !params.has("birthDate")) return { status: 200, result: null, report: null };
  const submission = parse(params, latestDateOnEarth(now));
  if (submission.status !== "success") return { status: 400, result: submission.reply(), report: null };
  const { birthName, birthDate, gender, system } = submission.value;
  // Someone born "today" east of UTC is already born: their today is at least their birth date.
  const utcToday = dateInTimeZone("UTC", now);
  const today = birthDate > utcToday ? birthDate : utcToday;
  try {
    const profile = computeProfile({ birthName, birthDate, gender, system, today });
    return { status: 200, result: submission.reply(), report: buildReport(profile) };
  } catch (error) {
    if (!isNumerologyInputError(error)) throw error;
    const field =
      error.field === "birthDate" || error.field === "gender" || error.field === "system" ? error.field : "birthName";
    return { status: 400, result: submission.reply({ fieldErrors: { [field]: [error.message] } }), report: null };
  }
}
