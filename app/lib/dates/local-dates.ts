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

const longDateFormatters = new Map<string, Intl.DateTimeFormat>();

export function formatLongDate(iso: string, locale = "en-GB"): string {
  const [y, m, d] = iso.split("-").map(Number);
  // Building a formatter costs far more than using one, and calendars format dozens of dates per page.
  let format = longDateFormatters.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
    longDateFormatters.set(locale, format);
  }
  return format.format(new Date(Date.UTC(y, m - 1, d)));
}
