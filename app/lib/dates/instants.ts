const formatters = new Map<string, Intl.DateTimeFormat>();

/** "26 Nov 2026, 14:05" at an instant (epoch ms) in an IANA time zone; computed on the server so hydration agrees. */
export function formatInstant(ms: number, timeZone = "UTC"): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, format);
  }
  return format.format(new Date(ms));
}
