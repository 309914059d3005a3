import { dateFormatter } from "./formatters";

const MINUTE = 60_000;
// Every zone's UTC offset has been a whole number of minutes since 1972 (Monrovia was the last exception),
// so from then on a zone's date can only change on a whole minute.
const WHOLE_MINUTE_OFFSETS_FROM = Date.UTC(1973, 0, 1);
const KEPT_ZONES = 1_000;
/** Per zone: the last minute asked about and its date there. Every page asks for the user's today. */
const lastDates = new Map<string, { minute: number; date: string }>();

/** The calendar date (YYYY-MM-DD) at `instant` in an IANA time zone: a user's "today". */
export function dateInTimeZone(timeZone: string, instant: Date = new Date()): string {
  const ms = instant.getTime();
  const minute = Math.floor(ms / MINUTE);
  const last = lastDates.get(timeZone);
  if (last?.minute === minute && ms >= WHOLE_MINUTE_OFFSETS_FROM) return last.date;
  const date = dateFormatter("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
  if (lastDates.size >= KEPT_ZONES && !last) lastDates.clear();
  lastDates.set(timeZone, { minute, date });
  return date;
}

/** The latest date anywhere on Earth: a safe upper bound for a birth date before the zone is known. */
export function latestDateOnEarth(instant: Date = new Date()): string {
  return dateInTimeZone("Pacific/Kiritimati", instant);
}

export function formatLongDate(iso: string, locale = "en-GB"): string {
  const [y, m, d] = iso.split("-").map(Number);
  return dateFormatter(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d)));
}
