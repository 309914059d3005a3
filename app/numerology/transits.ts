import { letterTable } from "./letters";
import { analyzeName, type NameAnalysis } from "./name-numbers";
import { nameRoles } from "./names";
import { DEFAULT_MASTER_NUMBERS, NO_STEPS, numText, reduceWithSteps, resultOf, sumLine } from "./reduction";
import type { NormalizedName, NumberResult, NumberSystem, TransitLetter, Transits } from "./types";

/**
 * The letter of the parts [from, to) active at `age`: letters run in order, each lasting its value
 * in years, the name starting over when used up (CONVENTIONS §9). Part sums come from the name
 * analysis, so only the letter search walks characters (part by part: the role is never flattened).
 */
function transitLetter(a: NameAnalysis, from: number, to: number, age: number, role: string): TransitLetter {
  const table = letterTable(a.system);
  let total = 0;
  for (let p = from; p < to; p++) total += a.parts[p].all;
  const position = age % total;
  let start = 0;
  for (let p = from; ; p++) {
    const text = a.parts[p].text;
    for (let i = 0; i < text.length; i++) {
      const value = table[text.charCodeAt(i)];
      if (start + value > position) {
        const fromAge = age - position + start;
        return { letter: text[i], value, name: role, fromAge, untilAge: fromAge + value };
      }
      start += value;
    }
  }
}

/** "Physical (THOMAS: T2 + H8 + … = 22 years a round): 64 mod 22 = 20 → A, from age 64 until age 65". */
function transitLine(a: NameAnalysis, from: number, to: number, age: number, label: string, t: TransitLetter): string {
  let spelled = "";
  let total = 0;
  for (let p = from; p < to; p++) {
    const part = a.parts[p];
    spelled = p === from ? part.allTokens : spelled + " + " + part.allTokens;
    total += part.all;
  }
  return (
    label + t.name + ": " + spelled + roundText(age, total) + periodText(t.letter.charCodeAt(0), t.fromAge, t.value)
  );
}

// The number-only fragments of a transit line, cached in rows indexed by small numbers (typical ages
// and name totals), up to a bound on all entries: a profile has three such lines.
const MAX_CACHED = 50_000;
const AGE_LIMIT = 256;
const TOTAL_LIMIT = 4096;
let cachedTexts = 0;
const roundTexts: (string[] | undefined)[] = new Array(TOTAL_LIMIT); // [total][age]
const periodTexts: (string[] | undefined)[] = new Array(AGE_LIMIT); // [fromAge][(code - 65) * 16 + value]

function cache(rows: (string[] | undefined)[], row: number, column: number, text: string): string {
  if (cachedTexts < MAX_CACHED) {
    (rows[row] ??= [])[column] = text;
    cachedTexts++;
  }
  return text;
}

/** " = 22 years a round): 64 mod 22 = 20" */
function roundText(age: number, total: number): string {
  const cacheable = age < AGE_LIMIT && total < TOTAL_LIMIT;
  const hit = cacheable ? roundTexts[total]?.[age] : undefined;
  if (hit !== undefined) return hit;
  const text = " = " + total + " years a round): " + age + " mod " + total + " = " + (age % total);
  return cacheable ? cache(roundTexts, total, age, text) : text;
}

/** " → A, from age 64 until age 65" */
function periodText(code: number, fromAge: number, value: number): string {
  const column = (code - 65) * 16 + value;
  const cacheable = fromAge < AGE_LIMIT;
  const hit = cacheable ? periodTexts[fromAge]?.[column] : undefined;
  if (hit !== undefined) return hit;
  const text = " → " + String.fromCharCode(code) + ", from age " + fromAge + " until age " + (fromAge + value);
  return cacheable ? cache(periodTexts, fromAge, column, text) : text;
}

/**
 * Physical (first word), mental (the words between, else the last word) and spiritual (last word)
 * transit letters at `age`, with the analysis's letter table (and steps if the analysis has them).
 * `roles`: the name's roles, when the caller has them already.
 */
export function transitsOf(a: NameAnalysis, age: number, roles = nameRoles(a.name)): Transits {
  const words = a.name.words;
  const partCount = a.parts.length;
  const firstEnd = words[0].length;
  const lastStart = words.length > 1 ? partCount - words[words.length - 1].length : 0;
  const mentalFrom = words.length > 2 ? firstEnd : lastStart;
  const mentalTo = words.length > 2 ? lastStart : partCount;
  const physical = transitLetter(a, 0, firstEnd, age, roles.first);
  const mental = transitLetter(a, mentalFrom, mentalTo, age, roles.middle || roles.last);
  const spiritual = transitLetter(a, lastStart, partCount, age, roles.last);
  return {
    age,
    physical: physical.letter,
    mental: mental.letter,
    spiritual: spiritual.letter,
    detail: { physical, mental, spiritual },
    steps: a.steps
      ? [
          "Age " + numText(age) + " in completed years",
          transitLine(a, 0, firstEnd, age, "Physical (", physical),
          transitLine(a, mentalFrom, mentalTo, age, "Mental (", mental),
          transitLine(a, lastStart, partCount, age, "Spiritual (", spiritual),
        ]
      : NO_STEPS,
  };
}

/** Transits of a name at `age` in one system. */
export function transits(name: NormalizedName, age: number, system: NumberSystem = "pythagorean"): Transits {
  return transitsOf(analyzeName(name, system), age);
}

/** Essence: the three transit letters' values added, reduced with masters. */
export function essence(t: Transits, masters: readonly number[] = DEFAULT_MASTER_NUMBERS, steps = true): NumberResult {
  const { physical, mental, spiritual } = t.detail;
  const r = reduceWithSteps(physical.value + mental.value + spiritual.value, masters);
  if (!steps) return resultOf(r, NO_STEPS);
  const terms =
    "Transit letters " + letterText(physical, "") + letterText(mental, " + ") + letterText(spiritual, " + ");
  return resultOf(r, [sumLine(terms, r)]);
}

// "A1" and " + A1" for every letter and value, so the essence line is four concatenations.
const letterTexts: string[] = [];
const plusLetterTexts: string[] = [];

/** A transit letter with its value, optionally after " + ". */
function letterText(t: TransitLetter, prefix: "" | " + "): string {
  const key = t.letter.charCodeAt(0) * 16 + t.value;
  const cache = prefix === "" ? letterTexts : plusLetterTexts;
  return cache[key] ?? (cache[key] = prefix + t.letter + t.value);
}
