import { NO_MASTER_NUMBERS, digitSum, finalValue, reduceChain, resultFromChain } from './reduce';
import { componentLine, digitsText, sumLine } from './step-text';
import type { CalendarDate, NumberResult } from './types';

// Cycles always reduce to 1–9 (CONVENTIONS §9), whatever masterNumbers says.
const fullChain = (n: number) => reduceChain(n, NO_MASTER_NUMBERS);

export interface Cycles {
  year: NumberResult;
  month: NumberResult;
  day: NumberResult;
}

/** Month and day on top of a year number: "+ month", then "+ day". */
function monthAndDay(year: NumberResult, kind: 'Personal' | 'Universal', today: CalendarDate): Cycles {
  const m = fullChain(today.month);
  const monthChain = fullChain(year.value + finalValue(m));
  const month = resultFromChain(monthChain, [componentLine('Month', m), sumLine(kind + ' Year ' + year.value + ' + month ' + finalValue(m), monthChain)]);
  const d = fullChain(today.day);
  const dayChain = fullChain(month.value + finalValue(d));
  const day = resultFromChain(dayChain, [componentLine('Day', d), sumLine(kind + ' Month ' + month.value + ' + day ' + finalValue(d), dayChain)]);
  return { year, month, day };
}

/** Personal Year, Month and Day for `today` (calendar-year convention). */
export function personalCycles(birth: CalendarDate, today: CalendarDate): Cycles {
  const m = fullChain(birth.month), d = fullChain(birth.day), y = fullChain(today.year);
  const chain = fullChain(finalValue(m) + finalValue(d) + finalValue(y));
  const year = resultFromChain(chain, [
    componentLine('Birth month', m),
    componentLine('Birth day', d),
    componentLine('Year', y),
    sumLine(finalValue(m) + ' + ' + finalValue(d) + ' + ' + finalValue(y), chain),
  ]);
  return monthAndDay(year, 'Personal', today);
}

/** Universal Year, Month and Day: the same sums without the birth date. */
export function universalCycles(today: CalendarDate): Cycles {
  const chain = fullChain(digitSum(today.year));
  const year = resultFromChain(chain, [sumLine('Year ' + today.year + ': ' + digitsText(today.year), chain)]);
  return monthAndDay(year, 'Universal', today);
}

export const personalYear = (birth: CalendarDate, today: CalendarDate) => personalCycles(birth, today).year;
export const personalMonth = (birth: CalendarDate, today: CalendarDate) => personalCycles(birth, today).month;
export const personalDay = (birth: CalendarDate, today: CalendarDate) => personalCycles(birth, today).day;
export const universalYear = (today: CalendarDate) => universalCycles(today).year;
export const universalMonth = (today: CalendarDate) => universalCycles(today).month;
export const universalDay = (today: CalendarDate) => universalCycles(today).day;
