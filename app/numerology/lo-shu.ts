import { dateAsNumber, dateDigitsText } from './date-numbers';
import { digitSum } from './reduce';
import { componentLine, digitListText, fullReduction, numText, resultOf, sumLine } from './reduction';
import type { CalendarDate, LoShu, NumberResult } from './types';

/** The eight lines of the grid 4 9 2 / 3 5 7 / 8 1 6, in reporting order. */
export const LO_SHU_ARROWS: readonly { name: string; cells: readonly [number, number, number] }[] = [
  { name: 'Mental', cells: [4, 9, 2] },
  { name: 'Emotional', cells: [3, 5, 7] },
  { name: 'Practical', cells: [8, 1, 6] },
  { name: 'Thought', cells: [4, 3, 8] },
  { name: 'Will', cells: [9, 5, 1] },
  { name: 'Action', cells: [2, 7, 6] },
  { name: 'Determination', cells: [4, 5, 6] },
  { name: 'Spirituality', cells: [2, 5, 8] },
];

// Arrow labels and step lines never change: build them once.
const ARROW_TEXTS = LO_SHU_ARROWS.map(({ name, cells }) => {
  const where = 'Arrow of ' + name + ' (' + cells.join('-') + ')';
  return { strength: 'strength:' + name, weakness: 'weakness:' + name, full: where + ' is full: a strength', empty: where + ' is empty: a weakness' };
});

/** Driver: the day of birth fully reduced. */
export function driver(birth: CalendarDate): NumberResult {
  const r = fullReduction(birth.day);
  return resultOf(r, [componentLine('Day of birth', r)]);
}

/** Conductor: every digit of the birth date added, fully reduced. */
export function conductor(birth: CalendarDate): NumberResult {
  const r = fullReduction(digitSum(dateAsNumber(birth)));
  return resultOf(r, [sumLine('Every digit of the birth date: ' + dateDigitsText(birth), r)]);
}

/** Adds the non-zero digits of n (written with `width` digits) to counts and to the listing. */
function countDigits(n: number, width: number, counts: number[], listing: string): string {
  for (let p = width === 4 ? 1000 : 10; p >= 1; p /= 10) {
    const d = Math.floor(n / p) % 10;
    if (d === 0) continue;
    counts[d]++;
    listing = listing === '' ? numText(d) : listing + ', ' + numText(d);
  }
  return listing;
}

/** Lo Shu grid of the birth date (CONVENTIONS §12); `addDriverConductor` adds one to each of their cells. */
export function loShu(birth: CalendarDate, addDriverConductor = false): LoShu {
  const drv = driver(birth);
  const cond = conductor(birth);
  const c = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const listing = countDigits(birth.year, 4, c, countDigits(birth.month, 2, c, countDigits(birth.day, 2, c, '')));
  const steps = ['Digits of the date (day, month, year) without zeros: ' + listing];
  if (addDriverConductor) {
    c[drv.value]++;
    c[cond.value]++;
    steps.push('Added driver ' + numText(drv.value) + ' and conductor ' + numText(cond.value) + ' to the grid');
  }
  const missing: number[] = [];
  const repeating: number[] = [];
  for (let d = 1; d <= 9; d++) {
    if (c[d] === 0) missing.push(d);
    else if (c[d] >= 2) repeating.push(d);
  }
  const arrows: string[] = [];
  for (let a = 0; a < LO_SHU_ARROWS.length; a++) {
    const cells = LO_SHU_ARROWS[a].cells;
    const filled = (c[cells[0]] > 0 ? 1 : 0) + (c[cells[1]] > 0 ? 1 : 0) + (c[cells[2]] > 0 ? 1 : 0);
    if (filled === 3) {
      arrows.push(ARROW_TEXTS[a].strength);
      steps.push(ARROW_TEXTS[a].full);
    } else if (filled === 0) {
      arrows.push(ARROW_TEXTS[a].weakness);
      steps.push(ARROW_TEXTS[a].empty);
    }
  }
  steps.push('Missing: ' + digitListText(missing), 'Repeating: ' + digitListText(repeating));
  return {
    counts: { 1: c[1], 2: c[2], 3: c[3], 4: c[4], 5: c[5], 6: c[6], 7: c[7], 8: c[8], 9: c[9] },
    missing,
    repeating,
    arrows,
    driver: drv,
    conductor: cond,
    steps,
  };
}
