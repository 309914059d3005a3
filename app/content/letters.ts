/** Meanings of letters: cornerstone, capstone, transit letters and the first vowel. */
import { getContent } from "./locale";
import { DEFAULT_LOCALE, type Letter, type Locale } from "./types";

export type LetterRole = "cornerstone" | "capstone" | "transit";

function normaliseLetter(letter: string): Letter {
  const up = typeof letter === "string" ? letter.trim().toUpperCase() : "";
  if (!/^[A-Z]$/.test(up)) throw new Error(`Expected a single Latin letter A–Z, got "${String(letter)}".`);
  return up as Letter;
}

/** One-line meaning of a letter as cornerstone, capstone or transit letter (case-insensitive). */
export function letterMeaning(role: LetterRole, letter: string, locale: Locale = DEFAULT_LOCALE): string {
  if (role !== "cornerstone" && role !== "capstone" && role !== "transit") {
    throw new Error(`Unknown letter role "${String(role)}"; expected cornerstone, capstone or transit.`);
  }
  return getContent(locale).letters[normaliseLetter(letter)][role];
}

export const cornerstoneMeaning = (letter: string, locale: Locale = DEFAULT_LOCALE): string =>
  letterMeaning("cornerstone", letter, locale);
export const capstoneMeaning = (letter: string, locale: Locale = DEFAULT_LOCALE): string =>
  letterMeaning("capstone", letter, locale);
export const transitMeaning = (letter: string, locale: Locale = DEFAULT_LOCALE): string =>
  letterMeaning("transit", letter, locale);

/** First-vowel meaning for A, E, I, O, U or Y; the engine's "" (no vowel) gets a neutral note. */
export function firstVowelMeaning(vowel: string, locale: Locale = DEFAULT_LOCALE): string {
  const bundle = getContent(locale);
  if (vowel === "") return bundle.firstVowelNone;
  const v = normaliseLetter(vowel);
  const text = (bundle.firstVowel as Record<string, string | undefined>)[v];
  if (!text) throw new Error(`"${vowel}" is not a vowel; expected A, E, I, O, U, Y or "".`);
  return text;
}
