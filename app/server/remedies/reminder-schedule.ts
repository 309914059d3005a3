/**
 * When a reminder is next due: a local time on chosen weekdays in the user's time zone, turned into an
 * instant. Pure. DST is handled by asking the zone for its offset at the instant itself; a local time
 * skipped by a spring-forward change fires at the same wall-clock distance after the change (02:30 → 03:30).
 */
import { addDays, weekdayIndex } from "~/lib/dates/calendar";
import { dateInTimeZone } from "~/lib/dates/local-dates";

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in ms (Paris in summer: +7,200,000). */
export function zoneOffsetMs(timeZone: string, instant: number): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant a local date and "HH:MM" name in a zone. */
export function localTimeToInstant(date: string, time: string, timeZone: string): number {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const first = wall - zoneOffsetMs(timeZone, wall);
  // Near a change the offset at the guess can differ from the offset at the answer; the second look settles it.
  return wall - zoneOffsetMs(timeZone, first);
}

export interface ReminderRule {
  /** "HH:MM" local. */
  time: string;
  /** 0 = Monday … 6 = Sunday. */
  days: readonly number[];
  timeZone: string;
}

/** The first instant strictly after `after` when the reminder is due, with the local date it is for. */
export function nextReminder(rule: ReminderRule, after: number): { at: number; date: string } | null {
  if (!rule.days.length) return null;
  const today = dateInTimeZone(rule.timeZone, new Date(after));
  for (let i = -1; i <= 8; i += 1) {
    const date = addDays(today, i);
    if (!rule.days.includes(weekdayIndex(date))) continue;
    const at = localTimeToInstant(date, rule.time, rule.timeZone);
    if (at > after) return { at, date };
  }
  return null;
}

export const formatDays = (days: readonly number[]): string => [...new Set(days)].sort().join(",");
export const parseDays = (text: string | null): number[] =>
  text
    ? text
        .split(",")
        .map(Number)
        .filter((n) => Number.isInteger(n) && n >= 0 && n <= 6)
    : [];
