import type { NumberSystem } from './types';

/** Letter groups per value (CONVENTIONS §2); index 0 holds value 1. */
const PYTHAGOREAN_GROUPS = ['AJS', 'BKT', 'CLU', 'DMV', 'ENW', 'FOX', 'GPY', 'HQZ', 'IR'];
const CHALDEAN_GROUPS = ['AIJQY', 'BKR', 'CGLS', 'DMT', 'EHNX', 'UVW', 'OZ', 'FP', ''];

export type LetterTable = Readonly<Uint8Array>;

// Indexed by the char code of an upper-case letter: one array read per letter in the hot loop.
function buildTable(groups: readonly string[]): Uint8Array {
  const table = new Uint8Array(128);
  groups.forEach((letters, i) => {
    for (const letter of letters) table[letter.charCodeAt(0)] = i + 1;
  });
  return table;
}

function buildTokens(table: LetterTable, prefix = ''): string[] {
  const tokens: string[] = [];
  for (let code = 65; code <= 90; code++) tokens[code] = prefix + String.fromCharCode(code) + table[code];
  return tokens;
}

export const PYTHAGOREAN_TABLE: LetterTable = buildTable(PYTHAGOREAN_GROUPS);
export const CHALDEAN_TABLE: LetterTable = buildTable(CHALDEAN_GROUPS);

/** Text before a token in a step line: none, or " + " inside a sum. */
export type TokenPrefix = '' | ' + ';

// "J1" and " + J1" by char code: step lines grow by one concatenation per letter, with no number formatting.
const TOKENS: Readonly<Record<NumberSystem, Readonly<Record<TokenPrefix, readonly string[]>>>> = {
  pythagorean: { '': buildTokens(PYTHAGOREAN_TABLE), ' + ': buildTokens(PYTHAGOREAN_TABLE, ' + ') },
  chaldean: { '': buildTokens(CHALDEAN_TABLE), ' + ': buildTokens(CHALDEAN_TABLE, ' + ') },
};

export function letterTable(system: NumberSystem): LetterTable {
  return system === 'chaldean' ? CHALDEAN_TABLE : PYTHAGOREAN_TABLE;
}

/** Tokens such as "J1" (or " + J1") indexed by the letter's char code. */
export function letterTokens(system: NumberSystem, prefix: TokenPrefix = ''): readonly string[] {
  return TOKENS[system][prefix];
}

/** Value of one Latin letter (either case) in a system, or 0 for anything else. */
export function letterValue(letter: string, system: NumberSystem = 'pythagorean'): number {
  if (letter.length !== 1) return 0;
  const code = letter.charCodeAt(0) & ~32; // a–z → A–Z
  return code >= 65 && code <= 90 ? letterTable(system)[code] : 0;
}

/** Highest digit a system uses: Chaldean (Cheiro) gives no letter 9. */
export function maxLetterValue(system: NumberSystem): number {
  return system === 'chaldean' ? 8 : 9;
}

export const CODE_Y = 89;

/** A E I O U by char code; Y is decided per name part (names.ts). */
export function isPlainVowel(code: number): boolean {
  return code === 65 || code === 69 || code === 73 || code === 79 || code === 85;
}
