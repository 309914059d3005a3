import { dateComponents, type DateComponents } from './date-numbers';
import { DEFAULT_MASTER_NUMBERS, NO_MASTER_NUMBERS, finalValue, fullReduce, reduceChain } from './reduce';
import { componentLine, sumLine } from './step-text';
import type { CalendarDate, LifePeriod } from './types';

interface Period {
  startAge: number;
  endAge: number | null;
  line: string;
}

/**
 * The four periods shared by pinnacles and challenges (CONVENTIONS §10): the first ends at
 * 36 − root of the Life Path (a master counts as its root), the next two last 9 years each.
 */
export function lifePeriods(lifePathValue: number): Period[] {
  const root = fullReduce(lifePathValue);
  const end = 36 - root;
  return [
    { startAge: 0, endAge: end, line: 'From birth until age ' + end + ' (36 − Life Path root ' + root + ')' },
    { startAge: end, endAge: end + 9, line: 'From age ' + end + ' until age ' + (end + 9) },
    { startAge: end + 9, endAge: end + 18, line: 'From age ' + (end + 9) + ' until age ' + (end + 18) },
    { startAge: end + 18, endAge: null, line: 'From age ' + (end + 18) + ' on' },
  ];
}

function period(chain: number[], p: Period, steps: string[]): LifePeriod {
  steps.push(p.line);
  return { number: finalValue(chain), compound: chain[0], chain, startAge: p.startAge, endAge: p.endAge, steps };
}

/** Pinnacles: month + day, day + year, first + second, month + year; everything reduced with masters. */
export function pinnacles(
  birth: CalendarDate,
  lifePathValue: number,
  masters: readonly number[] = DEFAULT_MASTER_NUMBERS,
  components: DateComponents = dateComponents(birth, masters),
): LifePeriod[] {
  const periods = lifePeriods(lifePathValue);
  const m = finalValue(components.month), d = finalValue(components.day), y = finalValue(components.year);
  const [monthLine, dayLine, yearLine] = components.lines;
  const c1 = reduceChain(m + d, masters);
  const c2 = reduceChain(d + y, masters);
  const p1 = finalValue(c1), p2 = finalValue(c2);
  const c3 = reduceChain(p1 + p2, masters);
  const c4 = reduceChain(m + y, masters);
  return [
    period(c1, periods[0], [monthLine, dayLine, sumLine('Month ' + m + ' + day ' + d, c1)]),
    period(c2, periods[1], [dayLine, yearLine, sumLine('Day ' + d + ' + year ' + y, c2)]),
    period(c3, periods[2], [sumLine('First pinnacle ' + p1 + ' + second pinnacle ' + p2, c3)]),
    period(c4, periods[3], [monthLine, yearLine, sumLine('Month ' + m + ' + year ' + y, c4)]),
  ];
}

function difference(a: number, aLabel: string, b: number, bLabel: string): [chain: number[], line: string] {
  const value = Math.abs(a - b);
  return [[value], 'Difference between ' + aLabel + ' ' + a + ' and ' + bLabel + ' ' + b + ' = ' + value];
}

/** Challenges: differences of the fully reduced month, day and year; 0 is a real challenge. */
export function challenges(birth: CalendarDate, lifePathValue: number): LifePeriod[] {
  const periods = lifePeriods(lifePathValue);
  const mc = reduceChain(birth.month, NO_MASTER_NUMBERS), dc = reduceChain(birth.day, NO_MASTER_NUMBERS), yc = reduceChain(birth.year, NO_MASTER_NUMBERS);
  const m = finalValue(mc), d = finalValue(dc), y = finalValue(yc);
  const monthLine = componentLine('Month', mc), dayLine = componentLine('Day', dc), yearLine = componentLine('Year', yc);
  const [c1, l1] = difference(m, 'month', d, 'day');
  const [c2, l2] = difference(d, 'day', y, 'year');
  const [c3, l3] = difference(c1[0], 'first challenge', c2[0], 'second challenge');
  const [c4, l4] = difference(m, 'month', y, 'year');
  return [
    period(c1, periods[0], [monthLine, dayLine, l1]),
    period(c2, periods[1], [dayLine, yearLine, l2]),
    period(c3, periods[2], [l3]),
    period(c4, periods[3], [monthLine, yearLine, l4]),
  ];
}
