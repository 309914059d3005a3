import { maxLetterValue } from "./letters";
import { bitCount, DigitSetLines, digitsOf, NO_STEPS, reduceToDigitWithSteps, numText, resultOf } from "./reduction";
import type { NumberResult, NumberSystem } from "./types";

export const KARMIC_DEBT_NUMBERS: readonly number[] = Object.freeze([13, 14, 16, 19]);

/** Values 1–9 (Chaldean 1–8: its table has no 9) that no letter of the name carries. */
export function karmicLessons(counts: readonly number[], system: NumberSystem = "pythagorean"): number[] {
  let lessons = 0;
  for (let v = 1; v <= maxLetterValue(system); v++) if (counts[v] === 0) lessons |= 1 << v;
  return digitsOf(lessons);
}

/** Every value sharing the highest letter count. */
export function hiddenPassion(counts: readonly number[]): number[] {
  let best = 0;
  for (let v = 1; v <= 9; v++) if (counts[v] > best) best = counts[v];
  let passion = 0;
  if (best > 0) for (let v = 1; v <= 9; v++) if (counts[v] === best) passion |= 1 << v;
  return digitsOf(passion);
}

const SUBCONSCIOUS_LINES = new DigitSetLines(
  (list, lessons) =>
    "9 − " +
    lessons.length +
    (lessons.length === 1 ? " karmic lesson (" : " karmic lessons (") +
    list +
    ") = " +
    (9 - lessons.length),
);
const LESSON_LINES = new DigitSetLines((list) => "Karmic lessons (values no letter has): " + list);
const PASSION_LINES = new DigitSetLines(
  (list, passion) =>
    (passion.length > 1 ? "Hidden passion (most frequent values): " : "Hidden passion (most frequent value): ") + list,
);

/** 9 minus the number of karmic lessons. */
export function subconsciousSelf(lessons: readonly number[], steps = true): NumberResult {
  return resultOf(reduceToDigitWithSteps(9 - lessons.length), steps ? [SUBCONSCIOUS_LINES.line(lessons)] : NO_STEPS);
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
  const debts: number[] = new Array(bitCount(bits));
  for (let i = 0, k = 0; i < KARMIC_DEBT_NUMBERS.length; i++) if (bits & (1 << i)) debts[k++] = KARMIC_DEBT_NUMBERS[i];
  return debts;
}

/** Sorted distinct 13/14/16/19 met anywhere in the chains (compound to value) of the given results. */
export function karmicDebt(results: readonly { readonly chain: readonly number[] }[]): number[] {
  let bits = 0;
  for (let i = 0; i < results.length; i++) bits |= debtBits(results[i].chain);
  return debtsOf(bits);
}

/** The numbers whose chains can carry karmic debt, in the order profiles pass them. */
export const KARMIC_DEBT_SOURCES = ["Life Path", "Expression", "Soul Urge", "Personality", "Birthday"] as const;

// "1×4", ", 2×3": every value/count pair a name of up to 200 letters can have, built on first use.
const countTexts: string[][] = [];

function countText(value: number, count: number): string {
  const row = (countTexts[value] ??= []);
  return row[count] ?? (row[count] = (value === 1 ? "" : ", ") + numText(value) + "×" + numText(count));
}

// A tally is three cached thirds ("Letters per value: 1×4, 2×2, 3×2", ", 4×0, 5×3, 6×1", …), each
// keyed by its three counts packed 4 bits each: arrays of 4,096 slots instead of a map of whole
// tallies, which grew with every name and cost a hash lookup. Counts of 16 or more are built directly.
const THIRDS: readonly string[][] = [new Array(4096), new Array(4096), new Array(4096)];

function tallyThird(counts: readonly number[], third: number): string {
  const v = third * 3 + 1;
  const a = counts[v],
    b = counts[v + 1],
    c = counts[v + 2];
  const key = a < 16 && b < 16 && c < 16 ? (a << 8) | (b << 4) | c : -1;
  const cached = key >= 0 ? THIRDS[third][key] : undefined;
  if (cached !== undefined) return cached;
  const text = (third === 0 ? "Letters per value: " : "") + countText(v, a) + countText(v + 1, b) + countText(v + 2, c);
  if (key >= 0) THIRDS[third][key] = text;
  return text;
}

/** "Letters per value: 1×4, 2×2, 3×2, …". */
function tallyLine(counts: readonly number[]): string {
  return tallyThird(counts, 0) + tallyThird(counts, 1) + tallyThird(counts, 2);
}

// Debt lines per source and chain: chains are shared cached arrays, so their identity is a good key.
const debtLines: WeakMap<readonly number[], string>[] = KARMIC_DEBT_SOURCES.map(() => new WeakMap());

/** "Karmic debt: Life Path passes through 19 (19 → 10 → 1)". */
function debtLine(source: number, chain: readonly number[], bits: number): string {
  let line = debtLines[source].get(chain);
  if (line === undefined) {
    line =
      "Karmic debt: " +
      KARMIC_DEBT_SOURCES[source] +
      " passes through " +
      debtsOf(bits).join(" and ") +
      " (" +
      chain.join(" → ") +
      ")";
    debtLines[source].set(chain, line);
  }
  return line;
}

const NO_DEBT_LINE =
  "Karmic debt: no 13, 14, 16 or 19 on the way to Life Path, Expression, Soul Urge, Personality or Birthday";

/** Plain-language lines behind karmic lessons, hidden passion and karmic debt. */
export function karmicStepLines(
  counts: readonly number[],
  lessons: readonly number[],
  passion: readonly number[],
  /** Life Path, Expression, Soul Urge, Personality and Birthday, in the order of KARMIC_DEBT_SOURCES. */
  debtSources: readonly NumberResult[],
): string[] {
  let debts = 0;
  for (let k = 0; k < debtSources.length; k++) if (debtBits(debtSources[k].chain) !== 0) debts++;
  // Exact size: a list grown by push reserves 17 more slots.
  const lines: string[] = new Array(3 + Math.max(debts, 1));
  lines[0] = tallyLine(counts);
  lines[1] = LESSON_LINES.line(lessons);
  lines[2] = PASSION_LINES.line(passion);
  if (debts === 0) lines[3] = NO_DEBT_LINE;
  for (let k = 0, i = 3; k < debtSources.length; k++) {
    const chain = debtSources[k].chain;
    const bits = debtBits(chain);
    if (bits !== 0) lines[i++] = debtLine(k, chain, bits);
  }
  return lines;
}
