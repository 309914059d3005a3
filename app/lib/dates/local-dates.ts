import { dateFormatter } from "./formatters";

/** The calendar date (YYYY-MM-DD) at `instant` in an IANA time zone: a user's "today". */
export function dateInTimeZone(timeZone: string, instant: Date = new Date()): string {
  return dateFormatter("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

/** The latest date anywhere on Earth: a safe upper bound for a birth date before the zone is known. */
export function latestDateOnEarth(instant: Date = new Date()): string {
  return dateInTimeZone("Pacific/Kiritimati", instant);
}

export function formatLongDate(iso: string, locale = "en-GB"): string {
  const [y, m, d] = iso.split("-").map(Number);
  return dateFormatter(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d)));
}
