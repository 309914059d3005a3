import { NumerologyInputError } from './errors';
import type { NormalizedName } from './types';

/** Longer input is refused so that derived step texts stay bounded (real names are far shorter). */
export const MAX_NAME_LENGTH = 200;

// Letters NFKD leaves alone (CONVENTIONS §3.1).
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'SS', ẞ: 'SS', Æ: 'AE', æ: 'AE', Œ: 'OE', œ: 'OE', Ø: 'O', ø: 'O', Ł: 'L', ł: 'L',
  Đ: 'D', đ: 'D', Ð: 'D', ð: 'D', Þ: 'TH', þ: 'TH', ı: 'I', Ŀ: 'L', ŀ: 'L',
};
const SPECIAL_LETTERS_RE = /[ßẞÆæŒœØøŁłĐđÐðÞþıĿŀ]/g;
const COMBINING_MARKS_RE = /\p{M}/gu;

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0x2018;
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

function isWhitespace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x85 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

function describeCharacter(s: string, i: number): string {
  const cp = s.codePointAt(i) ?? 0;
  const hex = 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
  const isSurrogate = cp >= 0xd800 && cp <= 0xdfff;
  return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || isSurrogate ? `an invisible character (${hex})` : `"${String.fromCodePoint(cp)}"`;
}

/** Transliteration and upper-casing only (CONVENTIONS §3.1); the result may still hold non-Latin characters. */
export function foldToLatin(raw: string): string {
  if (isAscii(raw)) return raw.toUpperCase();
  return raw
    .replace(SPECIAL_LETTERS_RE, (ch) => SPECIAL_LETTERS[ch])
    .normalize('NFKD')
    .replace(COMBINING_MARKS_RE, '')
    .toUpperCase();
}

/**
 * Turns a typed name into upper-case Latin words and parts (CONVENTIONS §3):
 * "Jean-Paul O'Brien" → words [["JEAN", "PAUL"], ["OBRIEN"]].
 * Throws NumerologyInputError (for `field`) on anything else.
 */
export function transliterateName(raw: unknown, field = 'birthName'): NormalizedName {
  if (typeof raw !== 'string') {
    throw new NumerologyInputError(field, 'required', 'Please enter a name.');
  }
  if (raw.length > MAX_NAME_LENGTH) {
    throw new NumerologyInputError(field, 'too_long', `That name is too long: please keep it under ${MAX_NAME_LENGTH} characters.`);
  }
  const s = foldToLatin(raw);
  const words: string[][] = [];
  const parts: string[] = [];
  let word: string[] = [];
  let part = '';
  let runStart = -1; // start of the current run of letters, so a part is built from slices, not characters

  const endPart = () => {
    if (part === '') return;
    word.push(part);
    parts.push(part);
    part = '';
  };
  const endWord = () => {
    endPart();
    if (word.length > 0) words.push(word);
    word = [];
  };

  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0) {
      part += s.slice(runStart, i);
      runStart = -1;
    }
    if (isApostrophe(c)) continue;
    if (isHyphen(c)) endPart();
    else if (isWhitespace(c)) endWord();
    else {
      throw new NumerologyInputError(
        field,
        'invalid_character',
        `A name can't contain ${describeCharacter(s, i)}. Please write it in Latin letters (accents are fine), with only spaces, hyphens or apostrophes between them.`,
      );
    }
  }
  if (runStart >= 0) part += s.slice(runStart);
  endWord();

  if (words.length === 0) {
    throw raw.trim() === ''
      ? new NumerologyInputError(field, 'required', 'Please enter a name.')
      : new NumerologyInputError(field, 'no_letters', 'Please enter a name with at least one Latin letter.');
  }
  let text = '';
  for (let w = 0; w < words.length; w++) text += (w === 0 ? '' : ' ') + words[w].join('-');
  return { text, words, parts };
}

/** Transit roles (CONVENTIONS §3.3): first word, the words between strung together, last word; parts are strung. */
export function nameRoles(name: NormalizedName): { first: string; middle: string; last: string } {
  const { words } = name;
  const first = words[0].join('');
  let middle = '';
  for (let w = 1; w < words.length - 1; w++) middle += words[w].join('');
  return { first, middle, last: words.length > 1 ? words[words.length - 1].join('') : first };
}
