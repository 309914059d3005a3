import { NumerologyInputError } from "./errors";
import type { CalendarDate } from "./types";

export const MIN_BIRTH_YEAR = 1800;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function digitAt(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/** Parses a Gregorian "YYYY-MM-DD" (char codes, no regex: it runs on every profile). */
export function parseDate(value: unknown, field: string): CalendarDate {
  if (typeof value !== "string" || value === "") {
    throw new NumerologyInputError(field, "required", "Please enter a date as YYYY-MM-DD.");
  }
  let ok = value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45;
  let year = 0,
    month = 0,
    day = 0;
  for (let i = 0; ok && i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const d = digitAt(value, i);
    if (d < 0) ok = false;
    else if (i < 4) year = year * 10 + d;
    else if (i < 7) month = month * 10 + d;
    else day = day * 10 + d;
  }
  if (!ok) {
    throw new NumerologyInputError(
      field,
      "invalid_format",
      "Please write the date as YYYY-MM-DD, for example 1987-03-23.",
    );
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new NumerologyInputError(field, "invalid_date", `${value} is not a real calendar date.`);
  }
  return { year, month, day };
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Completed years (CONVENTIONS §8): a 29 February birthday is reached on 1 March in common years. */
export function ageOn(birth: CalendarDate, today: CalendarDate): number {
  const beforeBirthday = today.month < birth.month || (today.month === birth.month && today.day < birth.day);
  return today.year - birth.year - (beforeBirthday ? 1 : 0);
}
