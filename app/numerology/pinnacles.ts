import { dateComponents, type DateComponents } from './date-numbers';
import { DEFAULT_MASTER_NUMBERS, fullReduce } from './reduce';
import { componentLine, fullReduction, PairSumLines, reduction, type Reduction } from './reduction';
import type { CalendarDate, LifePeriod } from './types';

export interface Period {
  startAge: number;
  endAge: number | null;
  line: string;
}

function periodsForRoot(root: number): readonly Period[] {
  const end = 36 - root;
  return Object.freeze([
    { startAge: 0, endAge: end, line: 'From birth until age ' + end + ' (36 − Life Path root ' + root + ')' },
    { startAge: end, endAge: end + 9, line: 'From age ' + end + ' until age ' + (end + 9) },
    { startAge: end + 9, endAge: end + 18, line: 'From age ' + (end + 9) + ' until age ' + (end + 18) },
    { startAge: end + 18, endAge: null, line: 'From age ' + (end + 18) + ' on' },
  ]);
}

// Only nine possible roots: build their periods once.
const PERIODS_BY_ROOT: readonly (readonly Period[])[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(periodsForRoot);

/**
 * The four periods shared by pinnacles and challenges (CONVENTIONS §10): the first ends at
 * 36 − root of the Life Path (a master counts as its root), the next two last 9 years each.
 */
export function lifePeriods(lifePathValue: number): readonly Period[] {
  return PERIODS_BY_ROOT[fullReduce(lifePathValue)];
}

function period(chain: readonly number[], number: number, p: Period, steps: string[]): LifePeriod {
  steps.push(p.line);
  return { number, compound: chain[0], chain, startAge: p.startAge, endAge: p.endAge, steps };
}

const fromReduction = (r: Reduction, p: Period, steps: string[]) => period(r.chain, r.value, p, steps);

const PINNACLE_LINES = [
  new PairSumLines('Month ', ' + day '),
  new PairSumLines('Day ', ' + year '),
  new PairSumLines('First pinnacle ', ' + second pinnacle '),
  new PairSumLines('Month ', ' + year '),
];

/** Pinnacles: month + day, day + year, first + second, month + year; everything reduced with masters. */
export function pinnacles(
  birth: CalendarDate,
  lifePathValue: number,
  masters: readonly number[] = DEFAULT_MASTER_NUMBERS,
  components: DateComponents = dateComponents(birth, masters),
): LifePeriod[] {
  const periods = lifePeriods(lifePathValue);
  const { monthLine, dayLine, yearLine } = components;
  const m = components.month.value, d = components.day.value, y = components.year.value;
  const p1 = reduction(m + d, masters);
  const p2 = reduction(d + y, masters);
  const p3 = reduction(p1.value + p2.value, masters);
  const p4 = reduction(m + y, masters);
  return [
    fromReduction(p1, periods[0], [monthLine, dayLine, PINNACLE_LINES[0].line(m, d, masters)]),
    fromReduction(p2, periods[1], [dayLine, yearLine, PINNACLE_LINES[1].line(d, y, masters)]),
    fromReduction(p3, periods[2], [PINNACLE_LINES[2].line(p1.value, p2.value, masters)]),
    fromReduction(p4, periods[3], [monthLine, yearLine, PINNACLE_LINES[3].line(m, y, masters)]),
  ];
}

const SINGLE_DIGIT_CHAINS: readonly (readonly number[])[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => Object.freeze([n]));

/** "Difference between month 7 and day 3 = 4", cached for every pair of digits. */
class DifferenceLines {
  private readonly lines: string[] = new Array(100);

  constructor(
    private readonly aLabel: string,
    private readonly bLabel: string,
  ) {}

  period(a: number, b: number, p: Period, steps: string[]): LifePeriod {
    const value = Math.abs(a - b);
    const key = a * 10 + b;
    steps.push(this.lines[key] ?? (this.lines[key] = 'Difference between ' + this.aLabel + a + ' and ' + this.bLabel + b + ' = ' + value));
    return period(SINGLE_DIGIT_CHAINS[value], value, p, steps);
  }
}

const CHALLENGE_LINES = [
  new DifferenceLines('month ', 'day '),
  new DifferenceLines('day ', 'year '),
  new DifferenceLines('first challenge ', 'second challenge '),
  new DifferenceLines('month ', 'year '),
];

/** Challenges: differences of the fully reduced month, day and year; 0 is a real challenge. */
export function challenges(birth: CalendarDate, lifePathValue: number): LifePeriod[] {
  const periods = lifePeriods(lifePathValue);
  const mr = fullReduction(birth.month), dr = fullReduction(birth.day), yr = fullReduction(birth.year);
  const m = mr.value, d = dr.value, y = yr.value;
  const monthLine = componentLine('Month', mr), dayLine = componentLine('Day', dr), yearLine = componentLine('Year', yr);
  const c1 = CHALLENGE_LINES[0].period(m, d, periods[0], [monthLine, dayLine]);
  const c2 = CHALLENGE_LINES[1].period(d, y, periods[1], [dayLine, yearLine]);
  const c3 = CHALLENGE_LINES[2].period(c1.number, c2.number, periods[2], []);
  const c4 = CHALLENGE_LINES[3].period(m, y, periods[3], [monthLine, yearLine]);
  return [c1, c2, c3, c4];
}
