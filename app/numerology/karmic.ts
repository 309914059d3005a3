import { maxLetterValue } from './letters';
import { DigitSetLines, fullReduction, numText } from './reduction';
import type { NumberResult, NumberSystem } from './types';

export const KARMIC_DEBT_NUMBERS: readonly number[] = Object.freeze([13, 14, 16, 19]);

/** Values 1–9 (Chaldean 1–8: its table has no 9) that no letter of the name carries. */
export function karmicLessons(counts: readonly number[], system: NumberSystem = 'pythagorean'): number[] {
  const lessons: number[] = [];
  for (let v = 1; v <= maxLetterValue(system); v++) if (counts[v] === 0) lessons.push(v);
  return lessons;
}

/** Every value sharing the highest letter count. */
export function hiddenPassion(counts: readonly number[]): number[] {
  let best = 0;
  for (let v = 1; v <= 9; v++) if (counts[v] > best) best = counts[v];
  const passion: number[] = [];
  if (best > 0) for (let v = 1; v <= 9; v++) if (counts[v] === best) passion.push(v);
  return passion;
}

const SUBCONSCIOUS_LINES = new DigitSetLines(
  (list, lessons) => '9 − ' + lessons.length + (lessons.length === 1 ? ' karmic lesson (' : ' karmic lessons (') + list + ') = ' + (9 - lessons.length),
);
const LESSON_LINES = new DigitSetLines((list) => 'Karmic lessons (values no letter has): ' + list);
const PASSION_LINES = new DigitSetLines(
  (list, passion) => (passion.length > 1 ? 'Hidden passion (most frequent values): ' : 'Hidden passion (most frequent value): ') + list,
);

/** 9 minus the number of karmic lessons. */
export function subconsciousSelf(lessons: readonly number[]): NumberResult {
  const value = 9 - lessons.length;
  return { value, compound: value, chain: fullReduction(value).chain, steps: [SUBCONSCIOUS_LINES.line(lessons)] };
}

/** One bit per karmic debt number, so chains are scanned without sets or sorting. */
function debtBits(chain: readonly number[]): number {
  let bits = 0;
  for (let k = 0; k < chain.length; k++) {
    const n = chain[k];
    const i = n === 13 ? 0 : n === 14 ? 1 : n === 16 ? 2 : n === 19 ? 3 : -1;
    if (i >= 0) bits |= 1 << i;
  }
  return bits;
}

function debtsOf(bits: number): number[] {
  const debts: number[] = [];
  for (let i = 0; i < KARMIC_DEBT_NUMBERS.length; i++) if (bits & (1 << i)) debts.push(KARMIC_DEBT_NUMBERS[i]);
  return debts;
}

/** Sorted distinct 13/14/16/19 met anywhere in the chains (compound to value) of the given results. */
export function karmicDebt(results: readonly { readonly chain: readonly number[] }[]): number[] {
  let bits = 0;
  for (let i = 0; i < results.length; i++) bits |= debtBits(results[i].chain);
  return debtsOf(bits);
}

/** The numbers whose chains can carry karmic debt, in the order profiles pass them. */
export const KARMIC_DEBT_SOURCES = ['Life Path', 'Expression', 'Soul Urge', 'Personality', 'Birthday'] as const;

// "1×4", ", 2×3": every value/count pair a name of up to 200 letters can have, built on first use.
const countTexts: string[][] = [];

function countText(value: number, count: number): string {
  const row = (countTexts[value] ??= []);
  return row[count] ?? (row[count] = (value === 1 ? '' : ', ') + numText(value) + '×' + numText(count));
}

/** Plain-language lines behind karmic lessons, hidden passion and karmic debt. */
export function karmicStepLines(
  counts: readonly number[],
  lessons: readonly number[],
  passion: readonly number[],
  /** Life Path, Expression, Soul Urge, Personality and Birthday, in the order of KARMIC_DEBT_SOURCES. */
  debtSources: readonly NumberResult[],
): string[] {
  let tally = 'Letters per value: ';
  for (let v = 1; v <= 9; v++) tally += countText(v, counts[v]);
  const lines = [
    tally,
    LESSON_LINES.line(lessons),
    PASSION_LINES.line(passion),
  ];
  for (let k = 0; k < debtSources.length; k++) {
    const result = debtSources[k];
    const bits = debtBits(result.chain);
    if (bits !== 0) lines.push('Karmic debt: ' + KARMIC_DEBT_SOURCES[k] + ' passes through ' + debtsOf(bits).join(' and ') + ' (' + result.chain.join(' → ') + ')');
  }
  if (lines.length === 3) lines.push('Karmic debt: no 13, 14, 16 or 19 on the way to Life Path, Expression, Soul Urge, Personality or Birthday');
  return lines;
}
