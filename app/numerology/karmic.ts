import { maxLetterValue } from './letters';
import { listText } from './step-text';
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

/** 9 minus the number of karmic lessons. */
export function subconsciousSelf(lessons: readonly number[]): NumberResult {
  const value = 9 - lessons.length;
  const steps = ['9 − ' + lessons.length + ' karmic lesson' + (lessons.length === 1 ? '' : 's') + ' (' + listText(lessons) + ') = ' + value];
  return { value, compound: value, chain: [value], steps };
}

/** Sorted distinct 13/14/16/19 met anywhere in the given chains (compound to value). */
export function karmicDebt(chains: readonly (readonly number[])[]): number[] {
  let found = 0; // bit per debt number: no Set or sort needed
  for (const chain of chains) {
    for (const n of chain) {
      const i = KARMIC_DEBT_NUMBERS.indexOf(n);
      if (i >= 0) found |= 1 << i;
    }
  }
  return KARMIC_DEBT_NUMBERS.filter((_, i) => found & (1 << i));
}

/** Plain-language lines behind karmic lessons, hidden passion and karmic debt. */
export function karmicStepLines(
  counts: readonly number[],
  lessons: readonly number[],
  passion: readonly number[],
  debtSources: readonly { label: string; result: NumberResult }[],
): string[] {
  let tally = '';
  for (let v = 1; v <= 9; v++) tally += (v === 1 ? '' : ', ') + v + '×' + counts[v];
  const lines = [
    'Letters per value: ' + tally,
    'Karmic lessons (values no letter has): ' + listText(lessons),
    'Hidden passion (most frequent value' + (passion.length > 1 ? 's' : '') + '): ' + listText(passion),
  ];
  for (const { label, result } of debtSources) {
    const debts = karmicDebt([result.chain]);
    if (debts.length > 0) lines.push('Karmic debt: ' + label + ' passes through ' + debts.join(' and ') + ' (' + result.chain.join(' → ') + ')');
  }
  if (lines.length === 3) lines.push('Karmic debt: no 13, 14, 16 or 19 on the way to Life Path, Expression, Soul Urge, Personality or Birthday');
  return lines;
}
