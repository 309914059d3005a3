/**
 * Streaks and rates of a tracked remedy, from its check-ins. Pure, and on local calendar dates
 * (YYYY-MM-DD in the user's time zone), so neither a zone nor a DST change can shift a day: callers
 * turn "now" into the user's today once (`todayFor`) and everything here counts dates.
 */
import type { Frequency } from "~/forms/remedy-lists";
import { addDays, weekdayIndex } from "~/lib/dates/calendar";

export interface CheckInMark {
  date: string;
  done: boolean;
  rating: number | null;
}

export const COMPLETION_WINDOW_DAYS = 30;

/** Monday of the date's week. */
export const weekStart = (date: string): string => addDays(date, -weekdayIndex(date));

/** The period a date falls in: the day itself, or its week for a weekly remedy. */
const periodOf = (date: string, frequency: Frequency) => (frequency === "daily" ? date : weekStart(date));
const stepBack = (period: string, frequency: Frequency) => addDays(period, frequency === "daily" ? -1 : -7);

function donePeriods(marks: readonly CheckInMark[], today: string, frequency: Frequency): Set<string> {
  return new Set(marks.filter((m) => m.done && m.date <= today).map((m) => periodOf(m.date, frequency)));
}

/**
 * Consecutive periods with the remedy done, ending with the current period, or with the one before it
 * while the current one is still open (today not yet checked in does not break a streak).
 */
export function currentStreak(marks: readonly CheckInMark[], today: string, frequency: Frequency): number {
  const done = donePeriods(marks, today, frequency);
  let period = periodOf(today, frequency);
  if (!done.has(period)) period = stepBack(period, frequency);
  let streak = 0;
  while (done.has(period)) {
    streak += 1;
    period = stepBack(period, frequency);
  }
  return streak;
}

export function longestStreak(marks: readonly CheckInMark[], today: string, frequency: Frequency): number {
  const periods = [...donePeriods(marks, today, frequency)].sort();
  let longest = 0;
  let run = 0;
  periods.forEach((period, i) => {
    run = i > 0 && stepBack(period, frequency) === periods[i - 1] ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  return longest;
}

/** Whole days from `from` to `to` (ISO dates read as UTC midnights, so always a whole number). */
export const daysBetween = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** The window rates are measured over: the last 30 days, or since tracking began if that is later. */
export function completionWindow(today: string, startedOn: string, marks: readonly CheckInMark[]) {
  const earliest = marks.reduce((min, m) => (m.date < min ? m.date : min), startedOn);
  const limit = addDays(today, -(COMPLETION_WINDOW_DAYS - 1));
  return { from: earliest > limit ? earliest : limit, to: today };
}

/** Share of periods in the window (days, or weeks for a weekly remedy) with the remedy done: 0 to 1. */
export function completionRate(
  marks: readonly CheckInMark[],
  today: string,
  startedOn: string,
  frequency: Frequency,
): number {
  const { from, to } = completionWindow(today, startedOn, marks);
  if (from > to) return 0;
  const inWindow = marks.filter((m) => m.date >= from && m.date <= to);
  const done = donePeriods(inWindow, to, frequency).size;
  const expected =
    frequency === "daily" ? daysBetween(from, to) + 1 : daysBetween(weekStart(from), weekStart(to)) / 7 + 1;
  return done / expected;
}

/** Mean rating of the window's check-ins that have one, or null when none does. */
export function averageRating(marks: readonly CheckInMark[], today: string, startedOn: string): number | null {
  const { from, to } = completionWindow(today, startedOn, marks);
  const ratings = marks.filter((m) => m.date >= from && m.date <= to && m.rating !== null).map((m) => m.rating!);
  return ratings.length ? ratings.reduce((a, b) => a + b, 0) / ratings.length : null;
}
