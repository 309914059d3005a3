const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) at `instant` in an IANA time zone: a user's "today". */
export function dateInTimeZone(timeZone: string, instant: Date = new Date()): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, format);
  }
  return format.format(instant);
}

/** The latest date anywhere on Earth: a safe upper bound for a birth date before the zone is known. */
export function latestDateOnEarth(instant: Date = new Date()): string {
  return dateInTimeZone("Pacific/Kiritimati", instant);
}

export function formatLongDate(iso: string, locale = "en-GB"): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d)));
}
