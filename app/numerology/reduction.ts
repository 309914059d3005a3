/**
 * Reduction, the engine's one arithmetic step (CONVENTIONS §4), in two forms:
 *   reduceNumber / reduceToDigit        the value alone (comparisons, lookups, the hot loops);
 *   reduceWithSteps / reduceToDigitWithSteps  the value with its chain and wording, for "show the math".
 * The "ToDigit" forms keep no master numbers (cycles, challenges, Lo Shu, Kua).
 */
export const DEFAULT_MASTER_NUMBERS: readonly number[] = Object.freeze([11, 22, 33]);
export const NO_MASTER_NUMBERS: readonly number[] = Object.freeze([]);

/** Sum of the decimal digits of a non-negative integer. */
export function digitSum(n: number): number {
  let sum = 0;
  while (n > 0) {
    const digit = n % 10;
    sum += digit;
    n = (n - digit) / 10;
  }
  return sum;
}

/** Every number visited by `reduceNumber`, the unreduced total first (CONVENTIONS §4). */
export function reduceChain(n: number, masters: readonly number[] = DEFAULT_MASTER_NUMBERS): number[] {
  const chain = [n];
  while (n > 9 && !masters.includes(n)) {
    n = digitSum(n);
    chain.push(n);
  }
  return chain;
}

/** While n > 9 and n is not a master number, replace n by its digit sum. */
export function reduceNumber(n: number, masters: readonly number[] = DEFAULT_MASTER_NUMBERS): number {
  while (n > 9 && !masters.includes(n)) n = digitSum(n);
  return n;
}

/** Reduction to 1–9 with no master numbers. */
export function reduceToDigit(n: number): number {
  while (n > 9) n = digitSum(n);
  return n;
}

// Reductions with their step wording, cached per master-number set: years, days and name totals
// repeat constantly, and building "1962 → 1+9+6+2 = 18 → 1+8 = 9" is most of a profile's cost.
//   component: "Year 1962 → 1+9+6+2 = 18 → 1+8 = 9"
//   sum:       "7 + 3 + 9 = 19 → 1+9 = 10 → 1+0 = 1"
import type { NumberResult } from "./types";

export interface Reduction {
  /** componentLine() results by label, filled on first use. */
  readonly labelled: string[];
  /** Every number visited, the unreduced total first (frozen: shared between results). */
  readonly chain: readonly number[];
  readonly value: number;
  /** "19 → 1+9 = 10 → 1+0 = 1"; "22 (master number, kept)". */
  readonly text: string;
  /** " = " + text: what follows the terms of a sum. */
  readonly equals: string;
  /** The same after a label and the starting number: "1962 → 1+9+6+2 = 18 → 1+8 = 9"; "7 → 7". */
  readonly component: string;
  /** The result without steps, frozen and shared, made on first use (see resultOf). */
  bare: NumberResult | undefined;
}

const CACHE_SIZE = 10_000;
const MAX_CUSTOM_CACHES = 16;
const MASTER_KEPT = " (master number, kept)";

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
  for (let i = 1; i < s.length; i++) text += "+" + s[i];
  if (n >= 0 && n < CACHE_SIZE) digitTexts[n] = text;
  return text;
}

function computeReduction(n: number, masters: readonly number[]): Reduction {
  const chain = [n];
  let tail = "";
  let current = n;
  while (current > 9 && !masters.includes(current)) {
    const next = digitSum(current);
    tail += " → " + digitsText(current) + " = " + next;
    chain.push(next);
    current = next;
  }
  if (current > 9) tail += MASTER_KEPT;
  const start = numText(n);
  const text = start + tail;
  return {
    labelled: [],
    chain: Object.freeze(chain),
    value: current,
    text,
    equals: " = " + text,
    component: chain.length === 1 ? start + " → " + start + tail : start + tail,
    bare: undefined,
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
  const key = masters.join(",");
  let cache = customCaches.get(key);
  if (!cache && customCaches.size < MAX_CUSTOM_CACHES) customCaches.set(key, (cache = new ReductionCache(masters)));
  return cache;
}

/** `reduceChain` plus its wording (CONVENTIONS §4). */
export function reduceWithSteps(n: number, masters: readonly number[] = DEFAULT_MASTER_NUMBERS): Reduction {
  const cache = cacheFor(masters);
  return cache ? cache.get(n) : computeReduction(n, masters);
}

/** Full reduction to 1–9 (cycles, challenges, Lo Shu, Kua). */
export function reduceToDigitWithSteps(n: number): Reduction {
  return noMasterCache.get(n);
}

export type StepLabel = "Month" | "Day" | "Year" | "Birth month" | "Birth day" | "Day of birth";
const LABEL_SLOTS: Readonly<Record<StepLabel, number>> = {
  Month: 0,
  Day: 1,
  Year: 2,
  "Birth month": 3,
  "Birth day": 4,
  "Day of birth": 5,
};

/** "Year 1962 → 1+9+6+2 = 18 → 1+8 = 9"; "Month 7 → 7"; "Day 22 → 22 (master number, kept)". */
export function componentLine(label: StepLabel, r: Reduction): string {
  const slot = LABEL_SLOTS[label];
  return r.labelled[slot] ?? (r.labelled[slot] = label + " " + r.component);
}

/** "7 + 3 + 9 = 19 → 1+9 = 10 → 1+0 = 1" (terms already joined by the caller). */
export function sumLine(terms: string, r: Reduction): string {
  return terms + r.equals;
}

const TERM_LIMIT = 64;

/**
 * Sum lines of two or three small labelled numbers, "Month 7 + day 3 = 10 → 1+0 = 1", cached per
 * set of terms (for the shared master sets): they depend on nothing else, and a profile has a dozen.
 * `labels[i]` is the text before term i: ['Month ', ' + day '] or ['', ' + ', ' + '].
 */
export class SumLines {
  // Per master slot: rows by (a, b), each row indexed by the third term (0 when there are two).
  private readonly rows: (string[] | undefined)[][] = [
    new Array(TERM_LIMIT * TERM_LIMIT),
    new Array(TERM_LIMIT * TERM_LIMIT),
  ];

  constructor(private readonly labels: readonly string[]) {}

  line(masters: readonly number[], a: number, b: number, c?: number): string {
    const slot = masters === DEFAULT_MASTER_NUMBERS ? 0 : masters === NO_MASTER_NUMBERS ? 1 : -1;
    const third = c ?? 0;
    if (slot < 0 || !(inTermRange(a) && inTermRange(b) && inTermRange(third))) return this.format(masters, a, b, c);
    const rows = this.rows[slot];
    const row = rows[a * TERM_LIMIT + b] ?? (rows[a * TERM_LIMIT + b] = new Array(TERM_LIMIT));
    return row[third] ?? (row[third] = this.format(masters, a, b, c));
  }

  private format(masters: readonly number[], a: number, b: number, c?: number): string {
    const [la, lb, lc] = this.labels;
    const terms = la + numText(a) + lb + numText(b) + (c === undefined ? "" : lc + numText(c));
    return terms + reduceWithSteps(a + b + (c ?? 0), masters).equals;
  }
}

const inTermRange = (n: number) => n >= 0 && n < TERM_LIMIT;

/** "7 + 3 + 9 = 19 → 1+9 = 10 → 1+0 = 1": Life Path and Personal Year add three reduced parts. */
export const THREE_TERM_LINES = new SumLines(["", " + ", " + "]);

/** The `steps` of every result computed without wording (`steps: false`): one shared, frozen, empty list. */
export const NO_STEPS: readonly string[] = Object.freeze([]);

/**
 * The result of a reduction with its steps. Without steps it depends on the reduction alone, so one
 * frozen object per reduction serves every profile (a fifth of a bare profile's garbage otherwise).
 */
export function resultOf(r: Reduction, steps: readonly string[]): NumberResult {
  if (steps === NO_STEPS) return r.bare ?? (r.bare = Object.freeze(newResult(r, NO_STEPS)));
  return newResult(r, steps);
}

function newResult(r: Reduction, steps: readonly string[]): NumberResult {
  return { value: r.value, compound: r.chain[0], chain: r.chain, steps };
}

/** How many bits of `mask` are set. */
export function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

/** The digits 0–9 whose bits are set in `mask`, ascending, in an array of exactly their number. */
export function digitsOf(mask: number): number[] {
  const n = bitCount(mask);
  const digits: number[] = new Array(n);
  for (let d = 0, i = 0; i < n; d++) if (mask & (1 << d)) digits[i++] = d;
  return digits;
}

/**
 * Step lines about an ascending set of digits 0–9 ("Missing: 4, 5, 8"), cached per set: karmic
 * lessons and Lo Shu cells only ever have 1,024 possible values.
 */
export class DigitSetLines {
  private readonly lines: string[] = new Array(1 << 10);

  /** `format` receives the digits as "4, 5, 8" (or "none") and the digits themselves. */
  constructor(private readonly format: (list: string, digits: readonly number[]) => string) {}

  line(digits: readonly number[]): string {
    let mask = 0;
    for (let i = 0; i < digits.length; i++) mask |= 1 << digits[i];
    return (
      this.lines[mask] ?? (this.lines[mask] = this.format(digits.length === 0 ? "none" : digits.join(", "), digits))
    );
  }
}
