import { CHALDEAN_TABLE, CHALDEAN_TOKENS, CODE_Y, isPlainVowel, letterTable, letterTokens } from './letters';
import { DEFAULT_MASTER_NUMBERS, NO_MASTER_NUMBERS, finalValue, reduceChain, resultFromChain } from './reduce';
import { chainText, sumLine } from './step-text';
import type { NameMethod, NormalizedName, NumberResult, NumberSystem, YMode } from './types';

/** Letter values of one name part, split the three ways the name numbers need. */
export interface PartLetters {
  text: string;
  all: number;
  vowels: number;
  consonants: number;
  /** "J1 + O6 + H8 + N5" ("" when there are none). */
  allTokens: string;
  vowelTokens: string;
  consonantTokens: string;
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

export type LetterSelection = 'all' | 'vowels' | 'consonants';

/** Y test of CONVENTIONS §3.4: in `auto`, a vowel unless A E I O U stands right before or after it in the part. */
export function isYVowel(part: string, index: number, mode: YMode): boolean {
  if (mode !== 'auto') return mode === 'vowel';
  return !(index > 0 && isPlainVowel(part.charCodeAt(index - 1))) && !(index + 1 < part.length && isPlainVowel(part.charCodeAt(index + 1)));
}

export function isVowelAt(part: string, index: number, mode: YMode): boolean {
  const c = part.charCodeAt(index);
  return c === CODE_Y ? isYVowel(part, index, mode) : isPlainVowel(c);
}

/** One pass over the letters: sums, step tokens, letter counts and first vowels for every part. */
export function analyzeName(
  name: NormalizedName,
  system: NumberSystem = 'pythagorean',
  y: YMode = 'auto',
  yOverrides: Readonly<Record<string, 'vowel' | 'consonant'>> = {},
): NameAnalysis {
  const table = letterTable(system);
  const tokens = letterTokens(system);
  const counts = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const parts: PartLetters[] = [];
  for (const text of name.parts) {
    const mode = yOverrides[text] ?? y;
    let all = 0, vowels = 0, consonants = 0;
    let allTokens = '', vowelTokens = '', consonantTokens = '', firstVowel = '';
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const v = table[c];
      const token = tokens[c];
      counts[v]++;
      all += v;
      allTokens = allTokens === '' ? token : allTokens + ' + ' + token;
      if (isVowelAt(text, i, mode)) {
        vowels += v;
        vowelTokens = vowelTokens === '' ? token : vowelTokens + ' + ' + token;
        if (firstVowel === '') firstVowel = text[i];
      } else {
        consonants += v;
        consonantTokens = consonantTokens === '' ? token : consonantTokens + ' + ' + token;
      }
    }
    const initial = text.charCodeAt(0);
    parts.push({
      text, all, vowels, consonants, allTokens, vowelTokens, consonantTokens,
      initialToken: tokens[initial], initialValue: table[initial], firstVowel,
    });
  }
  return { system, name, parts, counts };
}

const SELECTION_LABEL: Record<LetterSelection, string> = { all: '', vowels: ' vowels', consonants: ' consonants' };

/** The selected letters of one part: "JOHN vowels", 6, "O6". */
interface PartSum {
  label: string;
  sum: number;
  tokens: string;
}

function selectLetters(part: PartLetters, selection: LetterSelection): PartSum {
  const label = part.text + SELECTION_LABEL[selection];
  if (selection === 'vowels') return { label, sum: part.vowels, tokens: part.vowelTokens };
  if (selection === 'consonants') return { label, sum: part.consonants, tokens: part.consonantTokens };
  return { label, sum: part.all, tokens: part.allTokens };
}

function partHead(part: PartSum): string {
  return part.label + ': ' + (part.tokens === '' ? 'none' : part.tokens) + ' = ';
}

/**
 * CONVENTIONS §6: `per-name` reduces each part with masters and adds the results (a single part keeps
 * its raw sum as compound); `total` adds the raw sums. A part with nothing selected adds 0.
 */
function combineParts(parts: readonly PartSum[], method: NameMethod, masters: readonly number[]): NumberResult {
  if (parts.length === 1) {
    const chain = reduceChain(parts[0].sum, masters);
    return resultFromChain(chain, [partHead(parts[0]) + chainText(chain)]);
  }
  const steps: string[] = [];
  let compound = 0;
  let terms = '';
  for (const part of parts) {
    let partValue = part.sum;
    if (method === 'per-name') {
      const partChain = reduceChain(part.sum, masters);
      partValue = finalValue(partChain);
      steps.push(partHead(part) + chainText(partChain));
    } else {
      steps.push(partHead(part) + part.sum);
    }
    compound += partValue;
    terms = terms === '' ? String(partValue) : terms + ' + ' + partValue;
  }
  const chain = reduceChain(compound, masters);
  steps.push(sumLine(terms, chain));
  return resultFromChain(chain, steps);
}

/** Adds the selected letters of some parts with the name rules (CONVENTIONS §6). */
export function sumParts(
  parts: readonly PartLetters[],
  selection: LetterSelection,
  method: NameMethod = 'per-name',
  masters: readonly number[] = DEFAULT_MASTER_NUMBERS,
): NumberResult {
  return combineParts(parts.map((part) => selectLetters(part, selection)), method, masters);
}

/** Expression (Destiny): every letter. */
export function expression(a: NameAnalysis, method?: NameMethod, masters?: readonly number[]): NumberResult {
  return sumParts(a.parts, 'all', method, masters);
}

/** Soul Urge (Heart's Desire): vowels. */
export function soulUrge(a: NameAnalysis, method?: NameMethod, masters?: readonly number[]): NumberResult {
  return sumParts(a.parts, 'vowels', method, masters);
}

/** Personality: consonants. */
export function personality(a: NameAnalysis, method?: NameMethod, masters?: readonly number[]): NumberResult {
  return sumParts(a.parts, 'consonants', method, masters);
}

/** Balance: the initial of every part. */
export function balance(a: NameAnalysis, masters: readonly number[] = DEFAULT_MASTER_NUMBERS): NumberResult {
  let compound = 0;
  let tokens = '';
  for (const part of a.parts) {
    compound += part.initialValue;
    tokens = tokens === '' ? part.initialToken : tokens + ' + ' + part.initialToken;
  }
  const chain = reduceChain(compound, masters);
  return resultFromChain(chain, [sumLine('Initials ' + tokens, chain)]);
}

/** Rational Thought: the first word's number (name rules, masters kept) + the day of birth as a whole number. */
export function rationalThought(
  a: NameAnalysis,
  birthDay: number,
  method?: NameMethod,
  masters: readonly number[] = DEFAULT_MASTER_NUMBERS,
): NumberResult {
  const firstName = sumParts(a.parts.slice(0, a.name.words[0].length), 'all', method, masters);
  const chain = reduceChain(firstName.value + birthDay, masters);
  return resultFromChain(chain, [...firstName.steps, sumLine('First name ' + firstName.value + ' + day ' + birthDay, chain)]);
}

/** Maturity: Life Path + Expression. */
export function maturity(lifePathValue: number, expressionValue: number, masters: readonly number[] = DEFAULT_MASTER_NUMBERS): NumberResult {
  const chain = reduceChain(lifePathValue + expressionValue, masters);
  return resultFromChain(chain, [sumLine('Life Path ' + lifePathValue + ' + Expression ' + expressionValue, chain)]);
}

/** Cornerstone, capstone and first vowel of the first word (parts strung). */
export function firstNameLetters(a: NameAnalysis): { cornerstone: string; capstone: string; firstVowel: string } {
  const firstWord = a.name.words[0];
  const lastPart = firstWord[firstWord.length - 1];
  let firstVowel = '';
  for (let p = 0; p < firstWord.length && firstVowel === ''; p++) firstVowel = a.parts[p].firstVowel;
  return { cornerstone: firstWord[0][0], capstone: lastPart[lastPart.length - 1], firstVowel };
}

/**
 * The Chaldean name number (CONVENTIONS §12): always the Cheiro table, one total of every letter,
 * reduced with no masters. Reuses the analysis when it is already Chaldean.
 */
export function chaldeanNameNumber(name: NormalizedName, analysis?: NameAnalysis): NumberResult {
  const parts = analysis?.system === 'chaldean' ? analysis.parts.map((part) => selectLetters(part, 'all')) : name.parts.map(cheiroSum);
  return combineParts(parts, 'total', NO_MASTER_NUMBERS);
}

function cheiroSum(text: string): PartSum {
  let sum = 0;
  let tokens = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    sum += CHALDEAN_TABLE[c];
    tokens = tokens === '' ? CHALDEAN_TOKENS[c] : tokens + ' + ' + CHALDEAN_TOKENS[c];
  }
  return { label: text, sum, tokens };
}
