import { CHALDEAN_TABLE, CODE_Y, isPlainVowel, letterTable, letterTokens } from './letters';
import { DEFAULT_MASTER_NUMBERS, NO_MASTER_NUMBERS } from './reduce';
import { numText, PairSumLines, reduction, resultOf, sumLine } from './reduction';
import type { NameMethod, NormalizedName, NumberResult, NumberSystem, YMode } from './types';

/** Which letters a name number adds; also the index into PartLetters.sums / .tokens. */
export const LETTERS = { all: 0, vowels: 1, consonants: 2 } as const;
export type Letters = (typeof LETTERS)[keyof typeof LETTERS];

/** Letter values of one name part, split the three ways the name numbers need. */
export interface PartLetters {
  text: string;
  /** Sums of [all letters, vowels, consonants]. */
  sums: [number, number, number];
  /** Step tokens of the same letters: "J1 + O6 + H8 + N5" ("" when there are none). */
  tokens: [string, string, string];
  initialToken: string;
  initialValue: number;
  /** First vowel under the Y rule, "" if none. */
  firstVowel: string;
}

export interface NameAnalysis {
  system: NumberSystem;
  name: NormalizedName;
  parts: PartLetters[];
  /** counts[v] = how many letters are worth v (index 0 unused). */
  counts: number[];
}

/** Y test of CONVENTIONS §3.4: in `auto`, a vowel unless A E I O U stands right before or after it in the part. */
export function isYVowel(part: string, index: number, mode: YMode): boolean {
  if (mode !== 'auto') return mode === 'vowel';
  return !(index > 0 && isPlainVowel(part.charCodeAt(index - 1))) && !(index + 1 < part.length && isPlainVowel(part.charCodeAt(index + 1)));
}

export function isVowelAt(part: string, index: number, mode: YMode): boolean {
  const c = part.charCodeAt(index);
  return c === CODE_Y ? isYVowel(part, index, mode) : isPlainVowel(c);
}

const NO_OVERRIDES: Readonly<Record<string, 'vowel' | 'consonant'>> = Object.freeze({});

/** One pass over the letters: sums, step tokens, letter counts and first vowels for every part. */
export function analyzeName(
  name: NormalizedName,
  system: NumberSystem = 'pythagorean',
  y: YMode = 'auto',
  yOverrides: Readonly<Record<string, 'vowel' | 'consonant'>> = NO_OVERRIDES,
): NameAnalysis {
  const table = letterTable(system);
  const tokens = letterTokens(system);
  const plus = letterTokens(system, ' + ');
  const hasOverrides = yOverrides !== NO_OVERRIDES && Object.keys(yOverrides).length > 0;
  const counts = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const parts: PartLetters[] = [];
  for (const text of name.parts) {
    const mode = (hasOverrides && yOverrides[text]) || y;
    let all = 0, vowels = 0, consonants = 0;
    let allTokens = '', vowelTokens = '', consonantTokens = '', firstVowel = '';
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const v = table[c];
      counts[v]++;
      all += v;
      allTokens = i === 0 ? tokens[c] : allTokens + plus[c];
      if (isVowelAt(text, i, mode)) {
        vowels += v;
        vowelTokens = vowelTokens === '' ? tokens[c] : vowelTokens + plus[c];
        if (firstVowel === '') firstVowel = text[i];
      } else {
        consonants += v;
        consonantTokens = consonantTokens === '' ? tokens[c] : consonantTokens + plus[c];
      }
    }
    const initial = text.charCodeAt(0);
    parts.push({
      text,
      sums: [all, vowels, consonants],
      tokens: [allTokens, vowelTokens, consonantTokens],
      initialToken: tokens[initial],
      initialValue: table[initial],
      firstVowel,
    });
  }
  return { system, name, parts, counts };
}

/** The part of a step line before its tokens: "JOHN: ", "JOHN vowels: ". */
const LABEL_SUFFIX = [': ', ' vowels: ', ' consonants: '];

type PartTotals = Pick<PartLetters, 'text' | 'sums' | 'tokens'>;

function partHead(part: PartTotals, letters: Letters): string {
  const tokens = part.tokens[letters];
  return part.text + LABEL_SUFFIX[letters] + (tokens === '' ? 'none' : tokens) + ' = ';
}

/**
 * Adds the selected letters of the first `count` parts (CONVENTIONS §6). `per-name` reduces each part
 * with masters and adds the results (a single part keeps its raw sum as compound); `total` adds raw
 * sums. A part with nothing selected adds 0.
 */
export function sumParts(
  parts: readonly PartTotals[],
  letters: Letters,
  method: NameMethod = 'per-name',
  masters: readonly number[] = DEFAULT_MASTER_NUMBERS,
  count = parts.length,
): NumberResult {
  if (count === 1) {
    const r = reduction(parts[0].sums[letters], masters);
    return resultOf(r, [partHead(parts[0], letters) + r.text]);
  }
  const steps: string[] = [];
  let compound = 0;
  let terms = '';
  for (let p = 0; p < count; p++) {
    const part = parts[p];
    const sum = part.sums[letters];
    let partValue = sum;
    if (method === 'per-name') {
      const r = reduction(sum, masters);
      partValue = r.value;
      steps.push(partHead(part, letters) + r.text);
    } else {
      steps.push(partHead(part, letters) + numText(sum));
    }
    compound += partValue;
    terms = p === 0 ? numText(partValue) : terms + ' + ' + numText(partValue);
  }
  const r = reduction(compound, masters);
  steps.push(sumLine(terms, r));
  return resultOf(r, steps);
}

/** Expression (Destiny): every letter. */
export function expression(a: NameAnalysis, method?: NameMethod, masters?: readonly number[]): NumberResult {
  return sumParts(a.parts, LETTERS.all, method, masters);
}

/** Soul Urge (Heart's Desire): vowels. */
export function soulUrge(a: NameAnalysis, method?: NameMethod, masters?: readonly number[]): NumberResult {
  return sumParts(a.parts, LETTERS.vowels, method, masters);
}

/** Personality: consonants. */
export function personality(a: NameAnalysis, method?: NameMethod, masters?: readonly number[]): NumberResult {
  return sumParts(a.parts, LETTERS.consonants, method, masters);
}

/** Balance: the initial of every part. */
export function balance(a: NameAnalysis, masters: readonly number[] = DEFAULT_MASTER_NUMBERS): NumberResult {
  let compound = 0;
  let tokens = 'Initials ';
  for (let p = 0; p < a.parts.length; p++) {
    compound += a.parts[p].initialValue;
    tokens += (p === 0 ? '' : ' + ') + a.parts[p].initialToken;
  }
  const r = reduction(compound, masters);
  return resultOf(r, [sumLine(tokens, r)]);
}

/** Rational Thought: the first word's number (name rules, masters kept) + the day of birth as a whole number. */
export function rationalThought(
  a: NameAnalysis,
  birthDay: number,
  method?: NameMethod,
  masters: readonly number[] = DEFAULT_MASTER_NUMBERS,
): NumberResult {
  const firstName = sumParts(a.parts, LETTERS.all, method, masters, a.name.words[0].length);
  const steps = firstName.steps;
  steps.push(RATIONAL_LINES.line(firstName.value, birthDay, masters));
  return resultOf(reduction(firstName.value + birthDay, masters), steps);
}

const RATIONAL_LINES = new PairSumLines('First name ', ' + day ');
const MATURITY_LINES = new PairSumLines('Life Path ', ' + Expression ');

/** Maturity: Life Path + Expression. */
export function maturity(lifePathValue: number, expressionValue: number, masters: readonly number[] = DEFAULT_MASTER_NUMBERS): NumberResult {
  return resultOf(reduction(lifePathValue + expressionValue, masters), [MATURITY_LINES.line(lifePathValue, expressionValue, masters)]);
}

/** Cornerstone, capstone and first vowel of the first word (parts strung). */
export function firstNameLetters(a: NameAnalysis): { cornerstone: string; capstone: string; firstVowel: string } {
  const firstWord = a.name.words[0];
  const lastPart = firstWord[firstWord.length - 1];
  let firstVowel = '';
  for (let p = 0; p < firstWord.length && firstVowel === ''; p++) firstVowel = a.parts[p].firstVowel;
  return { cornerstone: firstWord[0][0], capstone: lastPart[lastPart.length - 1], firstVowel };
}

const CHALDEAN_TOKENS = letterTokens('chaldean');
const CHALDEAN_PLUS_TOKENS = letterTokens('chaldean', ' + ');

function cheiroTotals(text: string): PartTotals {
  let sum = 0;
  let tokens = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    sum += CHALDEAN_TABLE[c];
    tokens = i === 0 ? CHALDEAN_TOKENS[c] : tokens + CHALDEAN_PLUS_TOKENS[c];
  }
  return { text, sums: [sum, 0, 0], tokens: [tokens, '', ''] };
}

/**
 * The Chaldean name number (CONVENTIONS §12): always the Cheiro table, one total of every letter,
 * reduced with no masters. Reuses the analysis when it is already Chaldean.
 */
export function chaldeanNameNumber(name: NormalizedName, analysis?: NameAnalysis): NumberResult {
  const parts = analysis?.system === 'chaldean' ? analysis.parts : name.parts.map(cheiroTotals);
  return sumParts(parts, LETTERS.all, 'total', NO_MASTER_NUMBERS);
}
