/** Readings for the personal and universal cycles, and the daily reading's deterministic variant. */
import { reduceToDigit } from "~/numerology";
import { assertInteger } from "./checks";
import { getContent } from "./locale";
import {
  DEFAULT_LOCALE,
  type DailyReading,
  type Digit,
  type Locale,
  type PersonalMonthEntry,
  type PersonalYearEntry,
  type UniversalEntry,
  type UniversalKind,
} from "./types";

/** Cycles are 1–9; a stray master or compound (11, 22 …) is reduced to its root. */
function cycleDigit(what: string, n: number): Digit {
  assertInteger(what, n);
  if (n < 1) throw new Error(`${what} must be 1–9, got ${n}.`);
  return reduceToDigit(n) as Digit;
}

export function personalYearReading(n: number, locale: Locale = DEFAULT_LOCALE): PersonalYearEntry & { number: Digit } {
  const d = cycleDigit("A personal year", n);
  const e = getContent(locale).personalYear[d];
  return { ...e, focus: [...e.focus], avoid: [...e.avoid], number: d };
}

export function personalMonthReading(
  n: number,
  locale: Locale = DEFAULT_LOCALE,
): PersonalMonthEntry & { number: Digit } {
  const d = cycleDigit("A personal month", n);
  const e = getContent(locale).personalMonth[d];
  return { ...e, focus: [...e.focus], avoid: [...e.avoid], number: d };
}

/** 32-bit FNV-1a. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Deterministic variant index for a date key. For ISO dates (YYYY-MM-DD) the month is hashed and
 * the day's nine-day block is added, so within one month the days that share a personal-day number
 * (d, d+9, d+18, d+27) get different variants whenever there are at least four.
 * Any other string is simply hashed.
 */
export function variantIndex(dateKey: string, count: number): number {
  if (typeof dateKey !== "string" || dateKey.trim() === "") {
    throw new Error("dateKey must be a non-empty string such as 2026-11-26.");
  }
  if (!Number.isInteger(count) || count < 1) throw new Error(`Variant count must be ≥ 1, got ${count}.`);
  const iso = /^(\d{4}-\d{2})-(\d{2})$/.exec(dateKey.trim());
  if (iso) {
    const day = Number(iso[2]);
    if (day >= 1 && day <= 31) {
      return (hashString(iso[1]) + Math.floor((day - 1) / 9)) % count;
    }
  }
  return hashString(dateKey) % count;
}

/** Today's reading for a personal day number, picked deterministically from `dateKey` (e.g. "2026-11-26"). */
export function dailyReading(personalDay: number, dateKey: string, locale: Locale = DEFAULT_LOCALE): DailyReading {
  const d = cycleDigit("A personal day", personalDay);
  const entry = getContent(locale).personalDay[d];
  const variant = variantIndex(dateKey, entry.variants.length);
  const v = entry.variants[variant];
  return { number: d, title: entry.title, luckyColour: entry.luckyColour, variant, ...v };
}

export function universalReading(
  kind: UniversalKind,
  n: number,
  locale: Locale = DEFAULT_LOCALE,
): UniversalEntry & { kind: UniversalKind; number: Digit } {
  const table = getContent(locale).universal[kind];
  if (!table) throw new Error(`Unknown universal cycle "${String(kind)}"; expected day, month or year.`);
  const d = cycleDigit(`A universal ${kind}`, n);
  return { ...table[d], kind, number: d };
}
