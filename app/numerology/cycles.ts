import { NO_MASTER_NUMBERS, digitSum } from './reduce';
import { componentLine, digitsText, fullReduction, numText, PairSumLines, resultOf, sumLine } from './reduction';
import type { CalendarDate, NumberResult } from './types';

// Cycles always reduce to 1–9 (CONVENTIONS §9), whatever masterNumbers says.

export interface Cycles {
  year: NumberResult;
  month: NumberResult;
  day: NumberResult;
}

const LINES = {
  Personal: { month: new PairSumLines('Personal Year ', ' + month '), day: new PairSumLines('Personal Month ', ' + day ') },
  Universal: { month: new PairSumLines('Universal Year ', ' + month '), day: new PairSumLines('Universal Month ', ' + day ') },
};

/** Month and day on top of a year number: "+ month", then "+ day". */
function monthAndDay(year: NumberResult, kind: 'Personal' | 'Universal', today: CalendarDate): Cycles {
  const lines = LINES[kind];
  const m = fullReduction(today.month);
  const month = resultOf(fullReduction(year.value + m.value), [
    componentLine('Month', m),
    lines.month.line(year.value, m.value, NO_MASTER_NUMBERS),
  ]);
  const d = fullReduction(today.day);
  const day = resultOf(fullReduction(month.value + d.value), [
    componentLine('Day', d),
    lines.day.line(month.value, d.value, NO_MASTER_NUMBERS),
  ]);
  return { year, month, day };
}

/** Personal Year, Month and Day for `today` (calendar-year convention). */
export function personalCycles(birth: CalendarDate, today: CalendarDate): Cycles {
  const m = fullReduction(birth.month), d = fullReduction(birth.day), y = fullReduction(today.year);
  const r = fullReduction(m.value + d.value + y.value);
  const year = resultOf(r, [
    componentLine('Birth month', m),
    componentLine('Birth day', d),
    componentLine('Year', y),
    sumLine(numText(m.value) + ' + ' + numText(d.value) + ' + ' + numText(y.value), r),
  ]);
  return monthAndDay(year, 'Personal', today);
}

/** Universal Year, Month and Day: the same sums without the birth date. */
export function universalCycles(today: CalendarDate): Cycles {
  const r = fullReduction(digitSum(today.year));
  const year = resultOf(r, [sumLine('Year ' + numText(today.year) + ': ' + digitsText(today.year), r)]);
  return monthAndDay(year, 'Universal', today);
}

export const personalYear = (birth: CalendarDate, today: CalendarDate) => personalCycles(birth, today).year;
export const personalMonth = (birth: CalendarDate, today: CalendarDate) => personalCycles(birth, today).month;
export const personalDay = (birth: CalendarDate, today: CalendarDate) => personalCycles(birth, today).day;
export const universalYear = (today: CalendarDate) => universalCycles(today).year;
export const universalMonth = (today: CalendarDate) => universalCycles(today).month;
export const universalDay = (today: CalendarDate) => universalCycles(today).day;
