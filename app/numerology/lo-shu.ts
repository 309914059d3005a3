import { dateAsNumber } from './date-numbers';
import { NO_MASTER_NUMBERS, digitSum, reduceChain, resultFromChain } from './reduce';
import { componentLine, digitsText, listText, sumLine } from './step-text';
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

/** Driver: the day of birth fully reduced. */
export function driver(birth: CalendarDate): NumberResult {
  const chain = reduceChain(birth.day, NO_MASTER_NUMBERS);
  return resultFromChain(chain, [componentLine('Day of birth', chain)]);
}

/** Conductor: every digit of the birth date added, fully reduced. */
export function conductor(birth: CalendarDate): NumberResult {
  const all = dateAsNumber(birth);
  const chain = reduceChain(digitSum(all), NO_MASTER_NUMBERS);
  return resultFromChain(chain, [sumLine('Every digit of the birth date: ' + digitsText(all), chain)]);
}

/** Non-zero digits of DD MM YYYY, in that order. */
function dateDigits(birth: CalendarDate): number[] {
  const digits: number[] = [];
  const push = (n: number, width: number) => {
    for (let p = 10 ** (width - 1); p >= 1; p /= 10) {
      const d = Math.floor(n / p) % 10;
      if (d !== 0) digits.push(d);
    }
  };
  push(birth.day, 2);
  push(birth.month, 2);
  push(birth.year, 4);
  return digits;
}

/** Lo Shu grid of the birth date (CONVENTIONS §12); `addDriverConductor` adds one to each of their cells. */
export function loShu(birth: CalendarDate, addDriverConductor = false): LoShu {
  const drv = driver(birth);
  const cond = conductor(birth);
  const digits = dateDigits(birth);
  const c = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (const d of digits) c[d]++;
  const steps = ['Digits of the date (day, month, year) without zeros: ' + digits.join(', ')];
  if (addDriverConductor) {
    c[drv.value]++;
    c[cond.value]++;
    steps.push('Added driver ' + drv.value + ' and conductor ' + cond.value + ' to the grid');
  }
  const missing: number[] = [];
  const repeating: number[] = [];
  for (let d = 1; d <= 9; d++) {
    if (c[d] === 0) missing.push(d);
    else if (c[d] >= 2) repeating.push(d);
  }
  const arrows: string[] = [];
  for (const { name, cells } of LO_SHU_ARROWS) {
    const filled = (c[cells[0]] > 0 ? 1 : 0) + (c[cells[1]] > 0 ? 1 : 0) + (c[cells[2]] > 0 ? 1 : 0);
    const cellText = ' (' + cells[0] + '-' + cells[1] + '-' + cells[2] + ')';
    if (filled === 3) {
      arrows.push('strength:' + name);
      steps.push('Arrow of ' + name + cellText + ' is full: a strength');
    } else if (filled === 0) {
      arrows.push('weakness:' + name);
      steps.push('Arrow of ' + name + cellText + ' is empty: a weakness');
    }
  }
  steps.push('Missing: ' + listText(missing), 'Repeating: ' + listText(repeating));
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
