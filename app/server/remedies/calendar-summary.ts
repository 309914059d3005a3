/**
 * The progress page's calendar: 12 weeks of days (Monday first) with how many remedies were done on
 * each, and the weekly summary. Pure, on local dates like ./streaks.
 */
import { addDays } from "~/lib/dates/calendar";
import { weekStart } from "./streaks";

export const HEATMAP_WEEKS = 12;

export interface HeatmapDay {
  date: string;
  /** Remedies done that day. */
  count: number;
}

/** Weeks oldest first, each Monday to Sunday; days after today are left out of the current week. */
export function heatmapWeeks(doneDates: readonly string[], today: string): HeatmapDay[][] {
  const counts = new Map<string, number>();
  for (const date of doneDates) counts.set(date, (counts.get(date) ?? 0) + 1);
  const first = addDays(weekStart(today), -7 * (HEATMAP_WEEKS - 1));
  return Array.from({ length: HEATMAP_WEEKS }, (_, w) =>
    Array.from({ length: 7 }, (_, d) => addDays(first, w * 7 + d))
      .filter((date) => date <= today)
      .map((date) => ({ date, count: counts.get(date) ?? 0 })),
  );
}

export interface WeekTotals {
  from: string;
  to: string;
  /** Check-ins marked done. */
  done: number;
  /** Days with at least one remedy done. */
  activeDays: number;
}

function totals(doneDates: readonly string[], from: string, to: string): WeekTotals {
  const inWeek = doneDates.filter((d) => d >= from && d <= to);
  return { from, to, done: inWeek.length, activeDays: new Set(inWeek).size };
}

/** This week so far and the whole of last week. */
export function weeklySummary(doneDates: readonly string[], today: string) {
  const monday = weekStart(today);
  return {
    thisWeek: totals(doneDates, monday, today),
    lastWeek: totals(doneDates, addDays(monday, -7), addDays(monday, -1)),
  };
}
