// Reductions with their step wording, cached per master-number set: years, days and name totals
// repeat constantly, and building "1962 → 1+9+6+2 = 18 → 1+8 = 9" is most of a profile's cost.
//   component: "Year 1962 → 1+9+6+2 = 18 → 1+8 = 9"
//   sum:       "7 + 3 + 9 = 19 → 1+9 = 10 → 1+0 = 1"
import { DEFAULT_MASTER_NUMBERS, NO_MASTER_NUMBERS, digitSum } from './reduce';
import type { NumberResult } from './types';

export interface Reduction {
  /** Every number visited, the unreduced total first (frozen: shared between results). */
  readonly chain: readonly number[];
  readonly value: number;
  /** "19 → 1+9 = 10 → 1+0 = 1"; "22 (master number, kept)". */
  readonly text: string;
  /** The same after a label and the starting number: "1962 → 1+9+6+2 = 18 → 1+8 = 9"; "7 → 7". */
  readonly component: string;
}

const CACHE_SIZE = 10_000;
const MAX_CUSTOM_CACHES = 16;
const MASTER_KEPT = ' (master number, kept)';

const numberTexts: string[] = new Array(CACHE_SIZE);
const digitTexts: string[] = new Array(CACHE_SIZE);

/** String(n), cached for the small numbers every step line repeats. */
export function numText(n: number): string {
  if (n >= 0 && n < CACHE_SIZE) return numberTexts[n] ?? (numberTexts[n] = String(n));
  return String(n);
}

/** "1962" → "1+9+6+2". */
export function digitsText(n: number): string {
  if (n >= 0 && n < CACHE_SIZE) {
    const cached = digitTexts[n];
    if (cached !== undefined) return cached;
  }
  const s = String(n);
  let text = s[0];
  for (let i = 1; i < s.length; i++) text += '+' + s[i];
  if (n >= 0 && n < CACHE_SIZE) digitTexts[n] = text;
  return text;
}

function computeReduction(n: number, masters: readonly number[]): Reduction {
  const chain = [n];
  let tail = '';
  let current = n;
  while (current > 9 && !masters.includes(current)) {
    const next = digitSum(current);
    tail += ' → ' + digitsText(current) + ' = ' + next;
    chain.push(next);
    current = next;
  }
  if (current > 9) tail += MASTER_KEPT;
  const start = numText(n);
  return {
    chain: Object.freeze(chain),
    value: current,
    text: start + tail,
    component: chain.length === 1 ? start + ' → ' + start + tail : start + tail,
  };
}

class ReductionCache {
  private readonly entries: (Reduction | undefined)[] = new Array(CACHE_SIZE);
  constructor(readonly masters: readonly number[]) {}

  get(n: number): Reduction {
    if (!(n >= 0 && n < CACHE_SIZE)) return computeReduction(n, this.masters);
    return this.entries[n] ?? (this.entries[n] = computeReduction(n, this.masters));
  }
}

const defaultCache = new ReductionCache(DEFAULT_MASTER_NUMBERS);
const noMasterCache = new ReductionCache(NO_MASTER_NUMBERS);
const customCaches = new Map<string, ReductionCache>();

function cacheFor(masters: readonly number[]): ReductionCache | undefined {
  if (masters === DEFAULT_MASTER_NUMBERS) return defaultCache;
  if (masters === NO_MASTER_NUMBERS) return noMasterCache;
  const key = masters.join(',');
  let cache = customCaches.get(key);
  if (!cache && customCaches.size < MAX_CUSTOM_CACHES) customCaches.set(key, (cache = new ReductionCache(masters)));
  return cache;
}

/** `reduceChain` plus its wording (CONVENTIONS §2). */
export function reduction(n: number, masters: readonly number[] = DEFAULT_MASTER_NUMBERS): Reduction {
  const cache = cacheFor(masters);
  return cache ? cache.get(n) : computeReduction(n, masters);
}

/** Full reduction to 1–9 (cycles, challenges, Lo Shu, Kua). */
export function fullReduction(n: number): Reduction {
  return noMasterCache.get(n);
}

/** "Year 1962 → 1+9+6+2 = 18 → 1+8 = 9"; "Month 7 → 7"; "Day 22 → 22 (master number, kept)". */
export function componentLine(label: string, r: Reduction): string {
  return label + ' ' + r.component;
}

/** "7 + 3 + 9 = 19 → 1+9 = 10 → 1+0 = 1" (terms already joined by the caller). */
export function sumLine(terms: string, r: Reduction): string {
  return terms + ' = ' + r.text;
}

const PAIR_LIMIT = 64;

/**
 * "Month 7 + day 3 = 10 → 1+0 = 1": a sum of two labelled small numbers and its reduction, cached
 * per pair (for the shared master sets). Such lines depend on nothing else, and a profile has a dozen.
 */
export class PairSumLines {
  private readonly lines: string[][] = [new Array(PAIR_LIMIT * PAIR_LIMIT), new Array(PAIR_LIMIT * PAIR_LIMIT)];

  constructor(
    private readonly prefix: string,
    private readonly infix: string,
  ) {}

  line(a: number, b: number, masters: readonly number[]): string {
    const slot = masters === DEFAULT_MASTER_NUMBERS ? 0 : masters === NO_MASTER_NUMBERS ? 1 : -1;
    if (slot < 0 || !(a >= 0 && a < PAIR_LIMIT && b >= 0 && b < PAIR_LIMIT)) return this.format(a, b, masters);
    const key = a * PAIR_LIMIT + b;
    return this.lines[slot][key] ?? (this.lines[slot][key] = this.format(a, b, masters));
  }

  private format(a: number, b: number, masters: readonly number[]): string {
    return this.prefix + numText(a) + this.infix + numText(b) + ' = ' + reduction(a + b, masters).text;
  }
}

export function resultOf(r: Reduction, steps: string[]): NumberResult {
  return { value: r.value, compound: r.chain[0], chain: r.chain, steps };
}

const digitListCache: string[] = new Array(1 << 10);

/** "4, 5, 8" or "none" for an ascending list of digits 0–9 (lessons, Lo Shu cells): cached by digit set. */
export function digitListText(digits: readonly number[]): string {
  let mask = 0;
  for (let i = 0; i < digits.length; i++) mask |= 1 << digits[i];
  return digitListCache[mask] ?? (digitListCache[mask] = digits.length === 0 ? 'none' : digits.join(', '));
}
