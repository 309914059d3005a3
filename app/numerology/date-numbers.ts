import { DEFAULT_MASTER_NUMBERS, digitSum, finalValue, reduceChain, resultFromChain } from './reduce';
import { componentLine, digitsText, sumLine } from './step-text';
import type { CalendarDate, LifePathMethod, NumberResult } from './types';

/** Month, day and year each reduced with masters, as Life Path and pinnacles use them. */
export interface DateComponents {
  month: number[];
  day: number[];
  year: number[];
  lines: [month: string, day: string, year: string];
}

export function dateComponents(birth: CalendarDate, masters: readonly number[] = DEFAULT_MASTER_NUMBERS): DateComponents {
  const month = reduceChain(birth.month, masters);
  const day = reduceChain(birth.day, masters);
  const year = reduceChain(birth.year, masters);
  return {
    month,
    day,
    year,
    lines: [componentLine('Month', month), componentLine('Day', day), componentLine('Year', year)],
  };
}

/** 1962-07-03 → 19620703: its digits are the date's digits. */
export function dateAsNumber(d: CalendarDate): number {
  return d.year * 10_000 + d.month * 100 + d.day;
}

/**
 * Life Path (CONVENTIONS §5). `components`: reduced month + day + year, masters kept at every stage;
 * `digits`: the sum of the eight digits of YYYYMMDD.
 */
export function lifePath(
  birth: CalendarDate,
  method: LifePathMethod = 'components',
  masters: readonly number[] = DEFAULT_MASTER_NUMBERS,
  components: DateComponents = dateComponents(birth, masters),
): NumberResult {
  if (method === 'digits') {
    const yyyymmdd = dateAsNumber(birth);
    const chain = reduceChain(digitSum(yyyymmdd), masters);
    return resultFromChain(chain, [sumLine('Every digit of the birth date: ' + digitsText(yyyymmdd), chain)]);
  }
  const m = finalValue(components.month), d = finalValue(components.day), y = finalValue(components.year);
  const chain = reduceChain(m + d + y, masters);
  const [monthLine, dayLine, yearLine] = components.lines;
  return resultFromChain(chain, [monthLine, dayLine, yearLine, sumLine(m + ' + ' + d + ' + ' + y, chain)]);
}

/** Birthday number: the day of birth reduced with masters (29 → 11, 13 → 4). */
export function birthday(birth: CalendarDate, masters: readonly number[] = DEFAULT_MASTER_NUMBERS): NumberResult {
  const chain = reduceChain(birth.day, masters);
  return resultFromChain(chain, [componentLine('Day of birth', chain)]);
}

/** Attitude: month + day as whole numbers (12 + 22 = 34 → 7). */
export function attitude(birth: CalendarDate, masters: readonly number[] = DEFAULT_MASTER_NUMBERS): NumberResult {
  const chain = reduceChain(birth.month + birth.day, masters);
  return resultFromChain(chain, [sumLine('Month ' + birth.month + ' + day ' + birth.day, chain)]);
}
