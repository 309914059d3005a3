import { Temporal } from "temporal-polyfill";
import { addDays } from "~/lib/dates/calendar";
import { dateInTimeZone } from "~/lib/dates/local-dates";

/**
 * Local wall-clock times ("08:00" in a time zone) turned into instants and back, DST included. Pure.
 * A time that a spring-forward skips becomes the first valid minute after the gap; a time that a
 * fall-back repeats is its first occurrence.
 */

export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

const plainTime = (hhmm: string) => Temporal.PlainTime.from(hhmm);

/** The instant (ms) of `hhmm` on local `date` ("YYYY-MM-DD") in `timeZone`. */
export function instantAt(date: string, hhmm: string, timeZone: string): number {
  const local = Temporal.PlainDate.from(date).toPlainDateTime(plainTime(hhmm));
  // "earlier" is the first of a repeated time; in a gap it lands before the gap, whose end is then the answer.
  const earlier = local.toZonedDateTime(timeZone, { disambiguation: "earlier" });
  if (earlier.toPlainDateTime().equals(local)) return earlier.epochMilliseconds;
  return earlier.getTimeZoneTransition("next")!.epochMilliseconds;
}

export const localDate = (instant: number, timeZone: string): string => dateInTimeZone(timeZone, new Date(instant));

/** Minutes since local midnight at `instant` (wall clock, so 01:30 twice on a fall-back night). */
function localMinutes(instant: number, timeZone: string): number {
  const zoned = Temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO(timeZone);
  return zoned.hour * 60 + zoned.minute;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export interface QuietHours {
  start: string;
  end: string;
}

/**
 * When quiet hours that hold at `instant` end (ms), or null when they don't hold. Quiet hours may run
 * past midnight (22:00–07:00); equal start and end mean none.
 */
export function quietHoursEnd(quiet: QuietHours | null, timeZone: string, instant: number): number | null {
  if (!quiet) return null;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return null;
  const now = localMinutes(instant, timeZone);
  const inside = start < end ? now >= start && now < end : now >= start || now < end;
  if (!inside) return null;
  const today = localDate(instant, timeZone);
  const endDate = start > end && now >= start ? addDays(today, 1) : today;
  return instantAt(endDate, quiet.end, timeZone);
}
