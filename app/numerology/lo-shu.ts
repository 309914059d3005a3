import { dateAsNumber, dateDigitsText } from "./date-numbers";
import {
  digitSum,
  componentLine,
  bitCount,
  DigitSetLines,
  digitsOf,
  NO_STEPS,
  reduceToDigitWithSteps,
  numText,
  resultOf,
  sumLine,
} from "./reduction";
import type { CalendarDate, LoShu, NumberResult } from "./types";

/** The eight lines of the grid 4 9 2 / 3 5 7 / 8 1 6, in reporting order. */
export const LO_SHU_ARROWS: readonly { name: string; cells: readonly [number, number, number] }[] = [
  { name: "Mental", cells: [4, 9, 2] },
  { name: "Emotional", cells: [3, 5, 7] },
  { name: "Practical", cells: [8, 1, 6] },
  { name: "Thought", cells: [4, 3, 8] },
  { name: "Will", cells: [9, 5, 1] },
  { name: "Action", cells: [2, 7, 6] },
  { name: "Determination", cells: [4, 5, 6] },
  { name: "Spirituality", cells: [2, 5, 8] },
];

// Arrow labels and step lines never change: build them once.
const ARROW_TEXTS = LO_SHU_ARROWS.map(({ name, cells }) => {
  const where = "Arrow of " + name + " (" + cells.join("-") + ")";
  return {
    strength: "strength:" + name,
    weakness: "weakness:" + name,
    full: where + " is full: a strength",
    empty: where + " is empty: a weakness",
  };
});

const MISSING_LINES = new DigitSetLines((list) => "Missing: " + list);
const REPEATING_LINES = new DigitSetLines((list) => "Repeating: " + list);

/** Driver: the day of birth fully reduced. */
export function driver(birth: CalendarDate, steps = true): NumberResult {
  const r = reduceToDigitWithSteps(birth.day);
  return resultOf(r, steps ? [componentLine("Day of birth", r)] : NO_STEPS);
}

/** Conductor: every digit of the birth date added, fully reduced. */
export function conductor(birth: CalendarDate, steps = true): NumberResult {
  const r = reduceToDigitWithSteps(digitSum(dateAsNumber(birth)));
  return resultOf(r, steps ? [sumLine("Every digit of the birth date: " + dateDigitsText(birth), r)] : NO_STEPS);
}

// "1, 2" for 12, "9" for 09: the non-zero digits of a day, month or year, cached per number.
const digitListings: string[] = new Array(10_000);

function nonZeroDigits(n: number): string {
  const cached = digitListings[n];
  if (cached !== undefined) return cached;
  const digits: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 10)) if (rest % 10 !== 0) digits.unshift(rest % 10);
  return (digitListings[n] = digits.join(", "));
}

/** Adds the non-zero digits of n to counts. */
function countDigits(n: number, counts: Uint8Array): void {
  for (let rest = n; rest > 0; rest = Math.floor(rest / 10)) counts[rest % 10]++;
}

function joinListings(a: string, b: string): string {
  return a === "" ? b : b === "" ? a : a + ", " + b;
}

// The grid's counts while one grid is made (no call re-enters loShu): one array less per profile.
const cellCounts = new Uint8Array(10);

/** Lo Shu grid of the birth date (CONVENTIONS §10); `addDriverConductor` adds one to each of their cells. */
export function loShu(birth: CalendarDate, addDriverConductor = false, withSteps = true): LoShu {
  const drv = driver(birth, withSteps);
  const cond = conductor(birth, withSteps);
  const c = cellCounts.fill(0);
  countDigits(birth.day, c);
  countDigits(birth.month, c);
  countDigits(birth.year, c);
  if (addDriverConductor) {
    c[drv.value]++;
    c[cond.value]++;
  }
  let missing = 0; // digit masks
  let repeating = 0;
  for (let d = 1; d <= 9; d++) {
    if (c[d] === 0) missing |= 1 << d;
    else if (c[d] >= 2) repeating |= 1 << d;
  }
  // Arrows: bit a set if arrow a is full (strengths) or empty (weaknesses).
  let full = 0;
  let empty = 0;
  for (let a = 0; a < LO_SHU_ARROWS.length; a++) {
    const cells = LO_SHU_ARROWS[a].cells;
    const filled = (c[cells[0]] > 0 ? 1 : 0) + (c[cells[1]] > 0 ? 1 : 0) + (c[cells[2]] > 0 ? 1 : 0);
    if (filled === 3) full |= 1 << a;
    else if (filled === 0) empty |= 1 << a;
  }
  const arrows: string[] = new Array(bitCount(full | empty));
  for (let a = 0, i = 0; a < LO_SHU_ARROWS.length; a++) {
    if (full & (1 << a)) arrows[i++] = ARROW_TEXTS[a].strength;
    else if (empty & (1 << a)) arrows[i++] = ARROW_TEXTS[a].weakness;
  }
  const missingDigits = digitsOf(missing);
  const repeatingDigits = digitsOf(repeating);
  return {
    counts: { 1: c[1], 2: c[2], 3: c[3], 4: c[4], 5: c[5], 6: c[6], 7: c[7], 8: c[8], 9: c[9] },
    missing: missingDigits,
    repeating: repeatingDigits,
    arrows,
    driver: drv,
    conductor: cond,
    steps: withSteps
      ? loShuSteps(birth, addDriverConductor && [drv.value, cond.value], full, empty, missingDigits, repeatingDigits)
      : NO_STEPS,
  };
}

/** The digits, the driver and conductor if added, each full or empty arrow, then missing and repeating. */
function loShuSteps(
  birth: CalendarDate,
  added: false | readonly [number, number],
  full: number,
  empty: number,
  missing: readonly number[],
  repeating: readonly number[],
): string[] {
  const steps: string[] = new Array((added ? 4 : 3) + bitCount(full | empty)); // exact size, as in loShu
  let i = 0;
  steps[i++] = digitsLine(birth);
  if (added) steps[i++] = "Added driver " + numText(added[0]) + " and conductor " + numText(added[1]) + " to the grid";
  for (let a = 0; a < LO_SHU_ARROWS.length; a++) {
    if (full & (1 << a)) steps[i++] = ARROW_TEXTS[a].full;
    else if (empty & (1 << a)) steps[i++] = ARROW_TEXTS[a].empty;
  }
  steps[i++] = MISSING_LINES.line(missing);
  steps[i] = REPEATING_LINES.line(repeating);
  return steps;
}

/** "Digits of the date (day, month, year) without zeros: 3, 7, 1, 9, 6, 2". */
function digitsLine(birth: CalendarDate): string {
  const listing = joinListings(
    joinListings(nonZeroDigits(birth.day), nonZeroDigits(birth.month)),
    nonZeroDigits(birth.year),
  );
  return "Digits of the date (day, month, year) without zeros: " + listing;
}
