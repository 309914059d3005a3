/** Remedies: for a number (its root) and for a digit missing from the Lo Shu grid. */
import { reduceToDigit } from "~/numerology";
import { assertDigit, assertInteger } from "./checks";
import { getContent } from "./locale";
import { DEFAULT_LOCALE, type Digit, type Locale, type LoShuMissingRemedy, type Remedy } from "./types";

/** Remedies for a number; masters and compounds use their root (11 → 2, 22 → 4, 33 → 6). */
export function remedyFor(n: number, locale: Locale = DEFAULT_LOCALE): Remedy & { number: Digit } {
  assertInteger("A remedy number", n);
  if (n < 1) throw new Error(`Remedies exist for numbers 1 and up, got ${n}.`);
  const d = reduceToDigit(n) as Digit;
  const r = getContent(locale).remedies[d];
  return { ...r, colours: [...r.colours], days: [...r.days], number: d };
}

export function remediesDisclaimer(locale: Locale = DEFAULT_LOCALE): string {
  return getContent(locale).remediesDisclaimer;
}

/** Meaning and remedies for a digit missing from the Lo Shu grid. */
export function loShuMissingRemedy(
  digit: number,
  locale: Locale = DEFAULT_LOCALE,
): LoShuMissingRemedy & { digit: Digit } {
  assertDigit("A Lo Shu digit", digit);
  const r = getContent(locale).loShuMissing[digit];
  return { ...r, remedies: [...r.remedies], digit };
}
