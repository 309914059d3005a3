import { NumerologyInputError } from "./errors";
import type { NormalizedName } from "./types";

/** Longer input is refused so that derived step texts stay bounded (real names are far shorter). */
export const MAX_NAME_LENGTH = 200;

// Letters NFKD leaves alone (CONVENTIONS §2.1).
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: "SS",
  ẞ: "SS",
  Æ: "AE",
  æ: "AE",
  Œ: "OE",
  œ: "OE",
  Ø: "O",
  ø: "O",
  Ł: "L",
  ł: "L",
  Đ: "D",
  đ: "D",
  Ð: "D",
  ð: "D",
  Þ: "TH",
  þ: "TH",
  ı: "I",
  Ŀ: "L",
  ŀ: "L",
};
const COMBINING_MARKS_RE = /\p{M}/gu;
const INVISIBLE_RE = /^[\p{C}\p{Z}]$/u;

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0x2018;
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

function isWhitespace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x85 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

// NFKD decomposes character by character (reordering only moves the marks we drop), so folding each
// code point once and caching it equals folding the whole string, without a normalize() per name.
const FOLD_CACHE_LIMIT = 4096;
const foldCache = new Map<number, string>();

/** One code point transliterated (CONVENTIONS §2.1) and upper-cased; may still hold non-Latin characters. */
export function foldCodePoint(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp >= 97 && cp <= 122 ? cp - 32 : cp);
  let folded = foldCache.get(cp);
  if (folded === undefined) {
    const ch = String.fromCodePoint(cp);
    folded = (SPECIAL_LETTERS[ch] ?? ch).normalize("NFKD").replace(COMBINING_MARKS_RE, "").toUpperCase();
    if (foldCache.size < FOLD_CACHE_LIMIT) foldCache.set(cp, folded);
  }
  return folded;
}

/** Transliteration and upper-casing of a whole string ("Zoë" → "ZOE"). */
export function foldToLatin(raw: string): string {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const cp = raw.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    out += foldCodePoint(cp);
  }
  return out;
}

function describeCharacter(ch: string): string {
  const hex = "U+" + (ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0");
  return INVISIBLE_RE.test(ch) ? `an invisible character (${hex})` : `"${ch}"`;
}

// Parts and word ends while a name is scanned (no call re-enters transliterateName), copied out at
// their exact size: arrays grown by push reserve 17 slots, a tenth of a profile's garbage.
const scannedParts: string[] = [];
const wordEnds: number[] = [];

/** Collects parts and words while the name is scanned. */
class NameBuilder {
  text = "";
  part = "";
  private partCount = 0;
  private wordCount = 0;
  /** Index of the current word's first part. */
  private wordStart = 0;

  endPart(): void {
    if (this.part === "") return;
    const part = this.part.toUpperCase(); // ASCII runs are copied as typed
    this.text += this.partCount > this.wordStart ? "-" + part : this.wordCount > 0 ? " " + part : part;
    scannedParts[this.partCount++] = part;
    this.part = "";
  }

  endWord(): void {
    this.endPart();
    if (this.partCount === this.wordStart) return;
    wordEnds[this.wordCount++] = this.partCount;
    this.wordStart = this.partCount;
  }

  /** Handles one character that is not a letter; false if it is not allowed in a name. */
  separator(c: number): boolean {
    if (isApostrophe(c)) return true;
    if (isHyphen(c)) this.endPart();
    else if (isWhitespace(c)) this.endWord();
    else return false;
    return true;
  }

  /** The words and parts collected (after the last endWord), or null if there are none. */
  name(): NormalizedName | null {
    if (this.wordCount === 0) return null;
    const parts = scannedParts.slice(0, this.partCount);
    const words: string[][] = new Array(this.wordCount);
    for (let w = 0, start = 0; w < this.wordCount; start = wordEnds[w++]) words[w] = parts.slice(start, wordEnds[w]);
    return { text: this.text, words, parts };
  }
}

/**
 * Turns a typed name into upper-case Latin words and parts (CONVENTIONS §2):
 * "Jean-Paul O'Brien" → words [["JEAN", "PAUL"], ["OBRIEN"]].
 * Throws NumerologyInputError (for `field`) on anything else.
 */
export function transliterateName(raw: unknown, field = "birthName"): NormalizedName {
  if (typeof raw !== "string") {
    throw new NumerologyInputError(field, "required", "Please enter a name.");
  }
  if (raw.length > MAX_NAME_LENGTH) {
    throw new NumerologyInputError(
      field,
      "too_long",
      `That name is too long: please keep it under ${MAX_NAME_LENGTH} characters.`,
    );
  }
  const b = new NameBuilder();
  let runStart = -1; // start of the current run of ASCII letters: copied with one slice
  for (let i = 0; i <= raw.length; i++) {
    const c = i < raw.length ? raw.charCodeAt(i) : 0x20; // a final space closes the last word
    const lower = c | 0x20;
    if (lower >= 97 && lower <= 122) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0) {
      b.part += raw.slice(runStart, i);
      runStart = -1;
    }
    if (b.separator(c)) continue;
    if (c < 0x80) throw invalidCharacter(field, raw[i]);
    const start = i;
    const cp = raw.codePointAt(i) as number;
    if (cp > 0xffff) i++; // the low surrogate belongs to this character
    const folded = foldCodePoint(cp);
    for (let k = 0; k < folded.length; k++) {
      const f = folded.charCodeAt(k);
      if (f >= 65 && f <= 90) b.part += folded[k];
      else if (!b.separator(f)) throw invalidCharacter(field, raw.slice(start, i + 1));
    }
  }
  const name = b.name();
  if (name === null) {
    throw raw.trim() === ""
      ? new NumerologyInputError(field, "required", "Please enter a name.")
      : new NumerologyInputError(field, "no_letters", "Please enter a name with at least one Latin letter.");
  }
  return name;
}

function invalidCharacter(field: string, ch: string): NumerologyInputError {
  return new NumerologyInputError(
    field,
    "invalid_character",
    `A name can't contain ${describeCharacter(ch)}. Please write it in Latin letters (accents are fine), with only spaces, hyphens or apostrophes between them.`,
  );
}

/** The parts of a word strung together (a loop of concatenations: `join` is slower on two or three parts). */
function joinParts(word: readonly string[]): string {
  let text = word[0];
  for (let p = 1; p < word.length; p++) text += word[p];
  return text;
}

/** Transit roles (CONVENTIONS §9): first word, the words between strung together, last word; parts are strung. */
export function nameRoles(name: NormalizedName): { first: string; middle: string; last: string } {
  const { words } = name;
  const first = joinParts(words[0]);
  let middle = "";
  for (let w = 1; w < words.length - 1; w++) middle += joinParts(words[w]);
  return { first, middle, last: words.length > 1 ? joinParts(words[words.length - 1]) : first };
}
