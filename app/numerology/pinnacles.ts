import { componentLines, dateComponents, type DateComponents } from "./date-numbers";
import {
  DEFAULT_MASTER_NUMBERS,
  NO_STEPS,
  reduceToDigit,
  reduceToDigitWithSteps,
  reduceWithSteps,
  SumLines,
} from "./reduction";
import type { CalendarDate, LifePeriod } from "./types";

export interface Period {
  startAge: number;
  endAge: number | null;
  line: string;
}

function periodsForRoot(root: number): readonly Period[] {
  const end = 36 - root;
  return Object.freeze([
    { startAge: 0, endAge: end, line: "From birth until age " + end + " (36 − Life Path root " + root + ")" },
    { startAge: end, endAge: end + 9, line: "From age " + end + " until age " + (end + 9) },
    { startAge: end + 9, endAge: end + 18, line: "From age " + (end + 9) + " until age " + (end + 18) },
    { startAge: end + 18, endAge: null, line: "From age " + (end + 18) + " on" },
  ]);
}

// Only nine possible roots: build their periods once.
const PERIODS_BY_ROOT: readonly (readonly Period[])[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(periodsForRoot);

/**
 * The four periods shared by pinnacles and challenges (CONVENTIONS §8): the first ends at
 * 36 − root of the Life Path (a master counts as its root), the next two last 9 years each.
 */
export function lifePeriods(lifePathValue: number): readonly Period[] {
  return PERIODS_BY_ROOT[reduceToDigit(lifePathValue)];
}

/** A period's number with its steps; `steps` already ends with the period's age line. */
function period(chain: readonly number[], p: Period, steps: readonly string[]): LifePeriod {
  return { number: chain[chain.length - 1], compound: chain[0], chain, startAge: p.startAge, endAge: p.endAge, steps };
}

const PINNACLE_LINES = [
  new SumLines(["Month ", " + day "]),
  new SumLines(["Day ", " + year "]),
  new SumLines(["First pinnacle ", " + second pinnacle "]),
  new SumLines(["Month ", " + year "]),
];

/** Pinnacles: month + day, day + year, first + second, month + year; everything reduced with masters. */
export function pinnacles(
  birth: CalendarDate,
  lifePathValue: number,
  masters: readonly number[] = DEFAULT_MASTER_NUMBERS,
  components: DateComponents = dateComponents(birth, masters),
  steps = true,
): LifePeriod[] {
  const periods = lifePeriods(lifePathValue);
  const first = periods[0],
    second = periods[1],
    third = periods[2],
    fourth = periods[3];
  const m = components.month.value,
    d = components.day.value,
    y = components.year.value;
  const p1 = reduceWithSteps(m + d, masters);
  const p2 = reduceWithSteps(d + y, masters);
  const p3 = reduceWithSteps(p1.value + p2.value, masters);
  const p4 = reduceWithSteps(m + y, masters);
  const l = steps ? componentLines(components) : undefined;
  return [
    period(p1.chain, first, l ? [l.monthLine, l.dayLine, PINNACLE_LINES[0].line(masters, m, d), first.line] : NO_STEPS),
    period(
      p2.chain,
      second,
      l ? [l.dayLine, l.yearLine, PINNACLE_LINES[1].line(masters, d, y), second.line] : NO_STEPS,
    ),
    period(p3.chain, third, l ? [PINNACLE_LINES[2].line(masters, p1.value, p2.value), third.line] : NO_STEPS),
    period(
      p4.chain,
      fourth,
      l ? [l.monthLine, l.yearLine, PINNACLE_LINES[3].line(masters, m, y), fourth.line] : NO_STEPS,
    ),
  ];
}

/** "Difference between month 7 and day 3 = 4", cached for every pair of digits. */
class DifferenceLines {
  private readonly lines: string[] = new Array(100);

  constructor(
    private readonly aLabel: string,
    private readonly bLabel: string,
  ) {}

  line(a: number, b: number): string {
    const key = a * 10 + b;
    return (
      this.lines[key] ??
      (this.lines[key] = "Difference between " + this.aLabel + a + " and " + this.bLabel + b + " = " + Math.abs(a - b))
    );
  }
}

const CHALLENGE_LINES = [
  new DifferenceLines("month ", "day "),
  new DifferenceLines("day ", "year "),
  new DifferenceLines("first challenge ", "second challenge "),
  new DifferenceLines("month ", "year "),
];

const differenceChain = (a: number, b: number) => reduceToDigitWithSteps(Math.abs(a - b)).chain;

/** Challenges: differences of the fully reduced month, day and year; 0 is a real challenge. */
export function challenges(birth: CalendarDate, lifePathValue: number, steps = true): LifePeriod[] {
  const periods = lifePeriods(lifePathValue);
  const first = periods[0],
    second = periods[1],
    third = periods[2],
    fourth = periods[3];
  const mr = reduceToDigitWithSteps(birth.month),
    dr = reduceToDigitWithSteps(birth.day),
    yr = reduceToDigitWithSteps(birth.year);
  const m = mr.value,
    d = dr.value,
    y = yr.value;
  const c1 = Math.abs(m - d),
    c2 = Math.abs(d - y);
  const l = steps ? componentLines({ month: mr, day: dr, year: yr }) : undefined;
  return [
    period(
      differenceChain(m, d),
      first,
      l ? [l.monthLine, l.dayLine, CHALLENGE_LINES[0].line(m, d), first.line] : NO_STEPS,
    ),
    period(
      differenceChain(d, y),
      second,
      l ? [l.dayLine, l.yearLine, CHALLENGE_LINES[1].line(d, y), second.line] : NO_STEPS,
    ),
    period(differenceChain(c1, c2), third, l ? [CHALLENGE_LINES[2].line(c1, c2), third.line] : NO_STEPS),
    period(
      differenceChain(m, y),
      fourth,
      l ? [l.monthLine, l.yearLine, CHALLENGE_LINES[3].line(m, y), fourth.line] : NO_STEPS,
    ),
  ];
}
