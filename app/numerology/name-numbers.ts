import { CHALDEAN_TABLE, CODE_Y, isPlainVowel, letterTable, letterTokens, tokenList } from "./letters";
import { MAX_NAME_LENGTH, transliterateName } from "./names";
import {
  DEFAULT_MASTER_NUMBERS,
  NO_MASTER_NUMBERS,
  NO_STEPS,
  numText,
  reduceWithSteps,
  resultOf,
  sumLine,
  SumLines,
  type Reduction,
} from "./reduction";
import type { NameMethod, NormalizedName, NumberResult, NumberSystem, YMode } from "./types";

/** Which letters a name number adds. */
export type LetterSelection = "all" | "vowels" | "consonants";

/** Letter values of one name part, split the three ways the name numbers need. */
export interface PartTotals {
  text: string;
  all: number;
  vowels: number;
  consonants: number;
  /** Step tokens of the same letters: "J1 + O6 + H8 + N5" ("" when there are none). */
  allTokens: string;
  vowelTokens: string;
  consonantTokens: string;
}

export interface PartLetters extends PartTotals {
  initialToken: string;
  initialValue: number;
  /** First vowel under the Y rule, "" if none. */
  firstVowel: string;
}

export interface NameAnalysis {
  system: NumberSystem;
  name: NormalizedName;
  parts: PartLetters[];
  /**
   * Every part with the Cheiro (Chaldean) table, for the Chaldean name number's steps (only `all` and
   * `allTokens` are filled); `parts` itself when system is chaldean; empty without steps.
   */
  cheiro: readonly PartTotals[];
  /** Every letter added with the Cheiro table. */
  cheiroTotal: number;
  /** counts[v] = how many letters are worth v (index 0 unused). */
  counts: number[];
  /** false: no step tokens were built, and the name numbers made from this analysis carry no steps. */
  steps: boolean;
}

/** Y test of CONVENTIONS §2.4: in `auto`, a vowel unless A E I O U stands right before or after it in the part. */
export function isYVowel(part: string, index: number, mode: YMode): boolean {
  if (mode !== "auto") return mode === "vowel";
  return (
    !(index > 0 && isPlainVowel(part.charCodeAt(index - 1))) &&
    !(index + 1 < part.length && isPlainVowel(part.charCodeAt(index + 1)))
  );
}

export function isVowelAt(part: string, index: number, mode: YMode): boolean {
  const c = part.charCodeAt(index);
  return c === CODE_Y ? isYVowel(part, index, mode) : isPlainVowel(c);
}

const NO_OVERRIDES: Readonly<Record<string, "vowel" | "consonant">> = Object.freeze({});
const NO_PARTS: readonly PartTotals[] = Object.freeze([]);

// Scratch lists of a part's letter codes, reused by every call (no call re-enters analyzeName).
// A part is never longer than a folded name: MAX_NAME_LENGTH characters of at most 18 letters each.
const partCodes = new Uint8Array(MAX_NAME_LENGTH * 18);
const vowelCodes = new Uint8Array(MAX_NAME_LENGTH * 18);
const consonantCodes = new Uint8Array(MAX_NAME_LENGTH * 18);

/**
 * One pass over the letters: sums, letter counts, first vowels and (unless `steps` is false) step
 * tokens for every part.
 */
export function analyzeName(
  name: NormalizedName,
  system: NumberSystem = "pythagorean",
  y: YMode = "auto",
  yOverrides: Readonly<Record<string, "vowel" | "consonant">> = NO_OVERRIDES,
  steps = true,
): NameAnalysis {
  const table = letterTable(system);
  const tokens = letterTokens(system);
  const hasOverrides = yOverrides !== NO_OVERRIDES && Object.keys(yOverrides).length > 0;
  const withCheiro = system !== "chaldean"; // otherwise `parts` already are Cheiro sums
  const counts = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const partCount = name.parts.length;
  const parts: PartLetters[] = new Array(partCount); // exact size: no spare slots to collect
  const cheiro: PartTotals[] | null = withCheiro && steps ? new Array(partCount) : null;
  let cheiroTotal = 0;
  for (let p = 0; p < partCount; p++) {
    const text = name.parts[p];
    const mode = (hasOverrides && yOverrides[text]) || y;
    let all = 0,
      vowels = 0,
      consonants = 0,
      cheiroSum = 0,
      nv = 0,
      nc = 0;
    let firstVowel = "";
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const v = table[c];
      partCodes[i] = c;
      counts[v]++;
      all += v;
      cheiroSum += CHALDEAN_TABLE[c];
      if (isVowelAt(text, i, mode)) {
        vowels += v;
        vowelCodes[nv++] = c;
        if (firstVowel === "") firstVowel = text[i];
      } else {
        consonants += v;
        consonantCodes[nc++] = c;
      }
    }
    const initial = text.charCodeAt(0);
    cheiroTotal += cheiroSum;
    parts[p] = {
      text,
      all,
      vowels,
      consonants,
      allTokens: steps ? tokenList(system, partCodes, text.length) : "",
      vowelTokens: steps ? tokenList(system, vowelCodes, nv) : "",
      consonantTokens: steps ? tokenList(system, consonantCodes, nc) : "",
      initialToken: steps ? tokens[initial] : "",
      initialValue: table[initial],
      firstVowel,
    };
    if (cheiro !== null) {
      cheiro[p] = {
        text,
        all: cheiroSum,
        vowels: 0,
        consonants: 0,
        allTokens: tokenList("chaldean", partCodes, text.length),
        vowelTokens: "",
        consonantTokens: "",
      };
    }
  }
  return { system, name, parts, counts, cheiro: withCheiro ? (cheiro ?? NO_PARTS) : parts, cheiroTotal, steps };
}

function selectedSum(part: PartTotals, letters: LetterSelection): number {
  return letters === "all" ? part.all : letters === "vowels" ? part.vowels : part.consonants;
}

/** "JOHN: J1 + O6 + H8 + N5", "JOHN vowels: O6", "NG vowels: none". */
function partHead(part: PartTotals, letters: LetterSelection): string {
  if (letters === "all") return part.text + ": " + part.allTokens;
  const tokens = letters === "vowels" ? part.vowelTokens : part.consonantTokens;
  return part.text + (letters === "vowels" ? " vowels: " : " consonants: ") + (tokens === "" ? "none" : tokens);
}

/**
 * Adds the selected letters of the first `count` parts (CONVENTIONS §5). `per-name` reduces each part
 * with masters and adds the results (a single part keeps its raw sum as compound); `total` adds raw
 * sums. A part with nothing selected adds 0. `steps` false: the result carries no steps.
 */
export function sumParts(
  parts: readonly PartTotals[],
  letters: LetterSelection,
  method: NameMethod = "per-name",
  masters: readonly number[] = DEFAULT_MASTER_NUMBERS,
  count = parts.length,
  steps = true,
): NumberResult {
  if (count === 1) {
    const r = reduceWithSteps(selectedSum(parts[0], letters), masters);
    return resultOf(r, steps ? [partHead(parts[0], letters) + r.equals] : NO_STEPS);
  }
  let compound = 0;
  for (let p = 0; p < count; p++) {
    const sum = selectedSum(parts[p], letters);
    compound += method === "per-name" ? reduceWithSteps(sum, masters).value : sum;
  }
  const r = reduceWithSteps(compound, masters);
  return resultOf(r, steps ? partSteps(parts, letters, method, masters, count, r) : NO_STEPS);
}

/** One line per part, then the parts' numbers added: "JOHN: J1 + O6 + H8 + N5 = 20 → 2+0 = 2", …, "2 + 7 = 9". */
function partSteps(
  parts: readonly PartTotals[],
  letters: LetterSelection,
  method: NameMethod,
  masters: readonly number[],
  count: number,
  total: Reduction,
): string[] {
  const steps: string[] = new Array(count + 1);
  let terms = "";
  for (let p = 0; p < count; p++) {
    const part = parts[p];
    const sum = selectedSum(part, letters);
    let partValue = sum;
    if (method === "per-name") {
      const r = reduceWithSteps(sum, masters);
      partValue = r.value;
      steps[p] = partHead(part, letters) + r.equals;
    } else {
      steps[p] = partHead(part, letters) + " = " + numText(sum);
    }
    terms = p === 0 ? numText(partValue) : terms + " + " + numText(partValue);
  }
  steps[count] = sumLine(terms, total);
  return steps;
}

/** Expression (Destiny): every letter. */
export function expression(a: NameAnalysis, method?: NameMethod, masters?: readonly number[]): NumberResult {
  return sumParts(a.parts, "all", method, masters, a.parts.length, a.steps);
}

/** Soul Urge (Heart's Desire): vowels. */
export function soulUrge(a: NameAnalysis, method?: NameMethod, masters?: readonly number[]): NumberResult {
  return sumParts(a.parts, "vowels", method, masters, a.parts.length, a.steps);
}

/** Personality: consonants. */
export function personality(a: NameAnalysis, method?: NameMethod, masters?: readonly number[]): NumberResult {
  return sumParts(a.parts, "consonants", method, masters, a.parts.length, a.steps);
}

/** Balance: the initial of every part. */
export function balance(a: NameAnalysis, masters: readonly number[] = DEFAULT_MASTER_NUMBERS): NumberResult {
  let compound = 0;
  for (let p = 0; p < a.parts.length; p++) compound += a.parts[p].initialValue;
  const r = reduceWithSteps(compound, masters);
  if (!a.steps) return resultOf(r, NO_STEPS);
  let tokens = "Initials ";
  for (let p = 0; p < a.parts.length; p++) tokens += (p === 0 ? "" : " + ") + a.parts[p].initialToken;
  return resultOf(r, [sumLine(tokens, r)]);
}

/** Rational Thought: the first word's number (name rules, masters kept) + the day of birth as a whole number. */
export function rationalThought(
  a: NameAnalysis,
  birthDay: number,
  method?: NameMethod,
  masters: readonly number[] = DEFAULT_MASTER_NUMBERS,
): NumberResult {
  const firstName = sumParts(a.parts, "all", method, masters, a.name.words[0].length, a.steps);
  const steps = a.steps ? [...firstName.steps, RATIONAL_LINES.line(masters, firstName.value, birthDay)] : NO_STEPS;
  return resultOf(reduceWithSteps(firstName.value + birthDay, masters), steps);
}

const RATIONAL_LINES = new SumLines(["First name ", " + day "]);
const MATURITY_LINES = new SumLines(["Life Path ", " + Expression "]);

/** Maturity: Life Path + Expression. */
export function maturity(
  lifePathValue: number,
  expressionValue: number,
  masters: readonly number[] = DEFAULT_MASTER_NUMBERS,
  steps = true,
): NumberResult {
  return resultOf(
    reduceWithSteps(lifePathValue + expressionValue, masters),
    steps ? [MATURITY_LINES.line(masters, lifePathValue, expressionValue)] : NO_STEPS,
  );
}

/** Cornerstone, capstone and first vowel of the first word (parts strung). */
export function firstNameLetters(a: NameAnalysis): { cornerstone: string; capstone: string; firstVowel: string } {
  const firstWord = a.name.words[0];
  const lastPart = firstWord[firstWord.length - 1];
  let firstVowel = "";
  for (let p = 0; p < firstWord.length && firstVowel === ""; p++) firstVowel = a.parts[p].firstVowel;
  return { cornerstone: firstWord[0][0], capstone: lastPart[lastPart.length - 1], firstVowel };
}

/**
 * The Chaldean name number (CONVENTIONS §10): always the Cheiro table, one total of every letter,
 * reduced with no masters, whatever system the analysis uses.
 */
export function chaldeanNameNumber(a: NameAnalysis): NumberResult {
  if (a.steps) return sumParts(a.cheiro, "all", "total", NO_MASTER_NUMBERS);
  return resultOf(reduceWithSteps(a.cheiroTotal, NO_MASTER_NUMBERS), NO_STEPS);
}

/**
 * The number a written name carries: the Expression (Pythagorean, masters kept) or the Chaldean name
 * number, as name suggestions aim at. Throws NumerologyInputError (on `field`) for a name with no letters.
 */
export function nameNumberOf(raw: string, system: NumberSystem, field?: string, steps = true): NumberResult {
  const analysis = analyzeName(transliterateName(raw, field), system, "auto", NO_OVERRIDES, steps);
  return system === "chaldean" ? chaldeanNameNumber(analysis) : expression(analysis);
}
