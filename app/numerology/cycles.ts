import {
  NO_MASTER_NUMBERS,
  NO_STEPS,
  digitSum,
  componentLine,
  digitsText,
  reduceToDigitWithSteps,
  numText,
  resultOf,
  SumLines,
  sumLine,
  THREE_TERM_LINES,
  type Reduction,
} from "./reduction";
import type { CalendarDate, NumberResult } from "./types";

// Cycles always reduce to 1–9 (CONVENTIONS §4), whatever masterNumbers says.

export interface Cycles {
  year: NumberResult;
  month: NumberResult;
  day: NumberResult;
}

const LINES = {
  Personal: { month: new SumLines(["Personal Year ", " + month "]), day: new SumLines(["Personal Month ", " + day "]) },
  Universal: {
    month: new SumLines(["Universal Year ", " + month "]),
    day: new SumLines(["Universal Month ", " + day "]),
  },
};

/** Month and day on top of a year number: "+ month", then "+ day". */
function monthAndDay(year: NumberResult, kind: "Personal" | "Universal", today: CalendarDate, steps: boolean): Cycles {
  const lines = LINES[kind];
  const m = reduceToDigitWithSteps(today.month);
  const month = resultOf(
    reduceToDigitWithSteps(year.value + m.value),
    steps ? [componentLine("Month", m), lines.month.line(NO_MASTER_NUMBERS, year.value, m.value)] : NO_STEPS,
  );
  const d = reduceToDigitWithSteps(today.day);
  const day = resultOf(
    reduceToDigitWithSteps(month.value + d.value),
    steps ? [componentLine("Day", d), lines.day.line(NO_MASTER_NUMBERS, month.value, d.value)] : NO_STEPS,
  );
  return { year, month, day };
}

/** Personal Year, Month and Day for `today` (calendar-year convention). */
export function personalCycles(birth: CalendarDate, today: CalendarDate, steps = true): Cycles {
  const m = reduceToDigitWithSteps(birth.month),
    d = reduceToDigitWithSteps(birth.day),
    y = reduceToDigitWithSteps(today.year);
  const year = resultOf(
    reduceToDigitWithSteps(m.value + d.value + y.value),
    steps
      ? [
          componentLine("Birth month", m),
          componentLine("Birth day", d),
          componentLine("Year", y),
          THREE_TERM_LINES.line(NO_MASTER_NUMBERS, m.value, d.value, y.value),
        ]
      : NO_STEPS,
  );
  return monthAndDay(year, "Personal", today, steps);
}

const universalYearLines: string[] = [];

/** "Year 2026: 2+0+2+6 = 10 → 1+0 = 1", cached per year. */
function universalYearLine(year: number, r: Reduction): string {
  return (
    universalYearLines[year] ??
    (universalYearLines[year] = sumLine("Year " + numText(year) + ": " + digitsText(year), r))
  );
}

/** Universal Year, Month and Day: the same sums without the birth date. */
export function universalCycles(today: CalendarDate, steps = true): Cycles {
  const r = reduceToDigitWithSteps(digitSum(today.year));
  const year = resultOf(r, steps ? [universalYearLine(today.year, r)] : NO_STEPS);
  return monthAndDay(year, "Universal", today, steps);
}

export const personalYear = (birth: CalendarDate, today: CalendarDate) => personalCycles(birth, today).year;
export const personalMonth = (birth: CalendarDate, today: CalendarDate) => personalCycles(birth, today).month;
export const personalDay = (birth: CalendarDate, today: CalendarDate) => personalCycles(birth, today).day;
export const universalYear = (today: CalendarDate) => universalCycles(today).year;
export const universalMonth = (today: CalendarDate) => universalCycles(today).month;
export const universalDay = (today: CalendarDate) => universalCycles(today).day;
