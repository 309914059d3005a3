import type { NumberSystem } from "./types";

/** Letter groups per value (CONVENTIONS §3); index 0 holds value 1. */
const PYTHAGOREAN_GROUPS = ["AJS", "BKT", "CLU", "DMV", "ENW", "FOX", "GPY", "HQZ", "IR"];
const CHALDEAN_GROUPS = ["AIJQY", "BKR", "CGLS", "DMT", "EHNX", "UVW", "OZ", "FP", ""];

export type LetterTable = Readonly<Uint8Array>;

// Indexed by the char code of an upper-case letter: one array read per letter in the hot loop.
function buildTable(groups: readonly string[]): Uint8Array {
  const table = new Uint8Array(128);
  groups.forEach((letters, i) => {
    for (const letter of letters) table[letter.charCodeAt(0)] = i + 1;
  });
  return table;
}

function buildTokens(table: LetterTable, prefix = ""): string[] {
  const tokens: string[] = [];
  for (let code = 65; code <= 90; code++) tokens[code] = prefix + String.fromCharCode(code) + table[code];
  return tokens;
}

export const PYTHAGOREAN_TABLE: LetterTable = buildTable(PYTHAGOREAN_GROUPS);
export const CHALDEAN_TABLE: LetterTable = buildTable(CHALDEAN_GROUPS);

/** Text before a token in a step line: none, or " + " inside a sum. */
export type TokenPrefix = "" | " + ";

interface TokenSet {
  /** "J1" and " + J1" by char code. */
  single: Readonly<Record<TokenPrefix, readonly string[]>>;
  /** "J1 + O6" and " + J1 + O6" by pairIndex(first, second). */
  pair: Readonly<Record<TokenPrefix, readonly string[]>>;
}

const pairIndex = (a: number, b: number) => (a - 65) * 26 + (b - 65);

function buildTokenSet(table: LetterTable): TokenSet {
  const first = buildTokens(table);
  const pairs: string[] = [];
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) pairs[pairIndex(a, b)] = first[a] + " + " + first[b];
  return {
    single: { "": first, " + ": buildTokens(table, " + ") },
    pair: { "": pairs, " + ": pairs.map((p) => " + " + p) },
  };
}

// Step lines list every letter ("J1 + O6 + H8 + N5"): precomputed tokens need no number formatting,
// and taking letters two at a time halves the concatenations.
const TOKENS: Readonly<Record<NumberSystem, TokenSet>> = {
  pythagorean: buildTokenSet(PYTHAGOREAN_TABLE),
  chaldean: buildTokenSet(CHALDEAN_TABLE),
};

export function letterTable(system: NumberSystem): LetterTable {
  return system === "chaldean" ? CHALDEAN_TABLE : PYTHAGOREAN_TABLE;
}

/** Tokens such as "J1" (or " + J1") indexed by the letter's char code. */
export function letterTokens(system: NumberSystem, prefix: TokenPrefix = ""): readonly string[] {
  return TOKENS[system].single[prefix];
}

/** "J1 + O6 + H8" for the upper-case letters codes[0..n), "" when n is 0. */
export function tokenList(system: NumberSystem, codes: ArrayLike<number>, n: number): string {
  const { single, pair } = TOKENS[system];
  if (n === 0) return "";
  let text = n === 1 ? single[""][codes[0]] : pair[""][pairIndex(codes[0], codes[1])];
  for (let i = 2; i < n; i += 2)
    text += i + 1 < n ? pair[" + "][pairIndex(codes[i], codes[i + 1])] : single[" + "][codes[i]];
  return text;
}

/** Value of one Latin letter (either case) in a system, or 0 for anything else. */
export function letterValue(letter: string, system: NumberSystem = "pythagorean"): number {
  if (letter.length !== 1) return 0;
  const code = letter.charCodeAt(0) & ~32; // a–z → A–Z
  return code >= 65 && code <= 90 ? letterTable(system)[code] : 0;
}

/** Highest digit a system uses: Chaldean (Cheiro) gives no letter 9. */
export function maxLetterValue(system: NumberSystem): number {
  return system === "chaldean" ? 8 : 9;
}

export const CODE_Y = 89;

/** A E I O U by char code; Y is decided per name part (names.ts). */
export function isPlainVowel(code: number): boolean {
  return code === 65 || code === 69 || code === 73 || code === 79 || code === 85;
}
