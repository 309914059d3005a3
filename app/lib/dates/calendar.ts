/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no zone or DST can shift a day. Pure. */
import { dateFormatter } from "./formatters";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

function toUtc(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return date;
}

function fromUtc(date: Date): string {
  const y = String(date.getUTCFullYear()).padStart(4, "0");
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  const d = String(date.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** A real calendar date written as YYYY-MM-DD (2023-02-30 is not). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function isIsoMonth(value: string): boolean {
  const match = ISO_MONTH.exec(value);
  return Boolean(match) && Number(match![2]) >= 1 && Number(match![2]) <= 12;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1];
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function addDays(iso: string, days: number): string {
  const date = toUtc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** "2026-11" for "2026-11-26". */
export const monthOf = (iso: string): string => iso.slice(0, 7);

export function addMonths(month: string, months: number): string {
  const [y, m] = month.split("-").map(Number);
  const index = y * 12 + (m - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Every date of a month ("2026-11" → 2026-11-01 … 2026-11-30). */
export function datesOfMonth(month: string): string[] {
  const [y, m] = month.split("-").map(Number);
  return Array.from({ length: daysInMonth(y, m) }, (_, i) => `${month}-${String(i + 1).padStart(2, "0")}`);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(iso: string): number {
  return (toUtc(iso).getUTCDay() + 6) % 7;
}

/** The date someone born on `birthDate` reaches `age`; a 29 February birthday falls on 1 March in common years. */
export function dateAtAge(birthDate: string, age: number): string {
  const [y, m, d] = birthDate.split("-").map(Number);
  const year = y + age;
  if (m === 2 && d === 29 && !isLeap(year)) return `${String(year).padStart(4, "0")}-03-01`;
  return `${String(year).padStart(4, "0")}-${birthDate.slice(5)}`;
}

export function formatMonth(month: string, locale = "en-GB"): string {
  const [y, m] = month.split("-").map(Number);
  return dateFormatter(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}
