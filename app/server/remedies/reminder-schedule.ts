/**
 * When a reminder is next due: a local time on chosen weekdays in the user's time zone, turned into an
 * instant by the same rule as every scheduled notification (`~/notifications/local-time`: a time a
 * spring-forward skips fires at the first valid minute after the gap). Pure.
 */
import { addDays, weekdayIndex } from "~/lib/dates/calendar";
import { dateInTimeZone } from "~/lib/dates/local-dates";
import { instantAt } from "~/notifications/local-time";

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
    const at = instantAt(date, rule.time, rule.timeZone);
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
