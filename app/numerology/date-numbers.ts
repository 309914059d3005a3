import {
  DEFAULT_MASTER_NUMBERS,
  digitSum,
  NO_STEPS,
  componentLine,
  digitsText,
  reduceWithSteps,
  resultOf,
  SumLines,
  sumLine,
  THREE_TERM_LINES,
  type Reduction,
} from "./reduction";
import type { CalendarDate, LifePathMethod, NumberResult } from "./types";

/** Month, day and year each reduced with masters, as Life Path and pinnacles use them. */
export interface DateComponents {
  month: Reduction;
  day: Reduction;
  year: Reduction;
}

export function dateComponents(
  birth: CalendarDate,
  masters: readonly number[] = DEFAULT_MASTER_NUMBERS,
): DateComponents {
  return {
    month: reduceWithSteps(birth.month, masters),
    day: reduceWithSteps(birth.day, masters),
    year: reduceWithSteps(birth.year, masters),
  };
}

/** "Month 7 → 7", "Day 3 → 3", "Year 1962 → 1+9+6+2 = 18 → 1+8 = 9": the lines pinnacles repeat. */
export function componentLines(c: DateComponents): { monthLine: string; dayLine: string; yearLine: string } {
  return {
    monthLine: componentLine("Month", c.month),
    dayLine: componentLine("Day", c.day),
    yearLine: componentLine("Year", c.year),
  };
}

/** 1962-07-03 → 19620703: its digits are the date's digits. */
export function dateAsNumber(d: CalendarDate): number {
  return d.year * 10_000 + d.month * 100 + d.day;
}

const PAIR_TEXTS: readonly string[] = Array.from({ length: 100 }, (_, n) => Math.floor(n / 10) + "+" + (n % 10));

/** "1+9+6+2+0+7+0+3": the digits of YYYYMMDD, from cached pieces. */
export function dateDigitsText(d: CalendarDate): string {
  return digitsText(d.year) + "+" + PAIR_TEXTS[d.month] + "+" + PAIR_TEXTS[d.day];
}

/**
 * Life Path (CONVENTIONS §5). `components`: reduced month + day + year, masters kept at every stage;
 * `digits`: the sum of the eight digits of YYYYMMDD.
 */
export function lifePath(
  birth: CalendarDate,
  method: LifePathMethod = "components",
  masters: readonly number[] = DEFAULT_MASTER_NUMBERS,
  components: DateComponents = dateComponents(birth, masters),
  steps = true,
): NumberResult {
  if (method === "digits") {
    const r = reduceWithSteps(digitSum(dateAsNumber(birth)), masters);
    return resultOf(r, steps ? [sumLine("Every digit of the birth date: " + dateDigitsText(birth), r)] : NO_STEPS);
  }
  const m = components.month.value,
    d = components.day.value,
    y = components.year.value;
  return resultOf(
    reduceWithSteps(m + d + y, masters),
    steps
      ? [
          componentLine("Month", components.month),
          componentLine("Day", components.day),
          componentLine("Year", components.year),
          THREE_TERM_LINES.line(masters, m, d, y),
        ]
      : NO_STEPS,
  );
}

/** Birthday number: the day of birth reduced with masters (29 → 11, 13 → 4). */
export function birthday(
  birth: CalendarDate,
  masters: readonly number[] = DEFAULT_MASTER_NUMBERS,
  steps = true,
): NumberResult {
  const r = reduceWithSteps(birth.day, masters);
  return resultOf(r, steps ? [componentLine("Day of birth", r)] : NO_STEPS);
}

const ATTITUDE_LINES = new SumLines(["Month ", " + day "]);

/** Attitude: month + day as whole numbers (12 + 22 = 34 → 7). */
export function attitude(
  birth: CalendarDate,
  masters: readonly number[] = DEFAULT_MASTER_NUMBERS,
  steps = true,
): NumberResult {
  return resultOf(
    reduceWithSteps(birth.month + birth.day, masters),
    steps ? [ATTITUDE_LINES.line(masters, birth.month, birth.day)] : NO_STEPS,
  );
}
