import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Frequency } from "~/forms/remedy-lists";
import { addDays } from "~/lib/dates/calendar";
import { heatmapWeeks, weeklySummary, HEATMAP_WEEKS } from "~/server/remedies/calendar-summary";
import { todayFor } from "~/server/readings/readings.server";
import {
  averageRating,
  completionRate,
  currentStreak,
  longestStreak,
  weekStart,
  type CheckInMark,
} from "~/server/remedies/streaks";

const done = (...dates: string[]): CheckInMark[] => dates.map((date) => ({ date, done: true, rating: null }));

describe("daily streaks", () => {
  it("counts consecutive done days ending today, or yesterday while today is still open", () => {
    const marks = done("2026-11-28", "2026-11-29", "2026-11-30");
    expect(currentStreak(marks, "2026-11-30", "daily")).toBe(3);
    expect(currentStreak(marks, "2026-12-01", "daily")).toBe(3); // today not checked in yet
    expect(currentStreak(marks, "2026-12-02", "daily")).toBe(0); // yesterday missed
    expect(currentStreak([...marks, { date: "2026-12-01", done: false, rating: 2 }], "2026-12-01", "daily")).toBe(3);
  });

  it("ignores check-ins marked not done and the longest streak finds the best run", () => {
    const marks = [
      ...done("2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04", "2026-11-10", "2026-11-11"),
      { date: "2026-11-05", done: false, rating: 3 },
    ];
    expect(longestStreak(marks, "2026-11-30", "daily")).toBe(4);
    expect(currentStreak(marks, "2026-11-12", "daily")).toBe(2);
    expect(longestStreak([], "2026-11-30", "daily")).toBe(0);
  });

  it("runs across a DST change and a month and year end without losing or doubling a day", () => {
    // Europe's clocks went forward on 29 March 2026 and back on 25 October 2026.
    expect(currentStreak(done("2026-03-28", "2026-03-29", "2026-03-30"), "2026-03-30", "daily")).toBe(3);
    expect(currentStreak(done("2026-10-24", "2026-10-25", "2026-10-26"), "2026-10-26", "daily")).toBe(3);
    expect(longestStreak(done("2026-12-30", "2026-12-31", "2027-01-01"), "2027-01-01", "daily")).toBe(3);
    expect(longestStreak(done("2028-02-28", "2028-02-29", "2028-03-01"), "2028-03-01", "daily")).toBe(3);
  });

  it("takes 'today' from the user's time zone: the same instant is a different day in Auckland and Honolulu", () => {
    const instant = new Date("2026-11-30T20:00:00Z"); // 09:00 on 1 Dec in Auckland, 10:00 on 30 Nov in Honolulu
    const marks = done("2026-11-29", "2026-11-30");
    const auckland = todayFor({ timezone: "Pacific/Auckland" }, instant);
    const honolulu = todayFor({ timezone: "Pacific/Honolulu" }, instant);
    expect([auckland, honolulu]).toEqual(["2026-12-01", "2026-11-30"]);
    expect(currentStreak(marks, auckland, "daily")).toBe(2);
    expect(currentStreak(done("2026-11-28", "2026-11-29"), auckland, "daily")).toBe(0);
    expect(currentStreak(done("2026-11-28", "2026-11-29"), honolulu, "daily")).toBe(2);
    // Across London's spring-forward night the local day still turns at local midnight.
    expect(todayFor({ timezone: "Europe/London" }, new Date("2026-03-28T23:30:00Z"))).toBe("2026-03-28");
    expect(todayFor({ timezone: "Europe/London" }, new Date("2026-03-29T23:30:00Z"))).toBe("2026-03-30");
  });
});

describe("weekly streaks", () => {
  it("count weeks (Monday to Sunday) with the remedy done at least once", () => {
    expect(weekStart("2026-12-06")).toBe("2026-11-30"); // a Sunday belongs to the week that began on Monday
    const marks = done("2026-11-13", "2026-11-16", "2026-11-29", "2026-12-01");
    // Weeks of 9, 16, 23 Nov and 30 Nov: 23 Nov was done on the 29th (Sunday).
    expect(currentStreak(marks, "2026-12-02", "weekly")).toBe(4);
    expect(currentStreak(done("2026-11-13", "2026-11-16"), "2026-11-30", "weekly")).toBe(0);
    // This week still open: last week's run counts.
    expect(currentStreak(done("2026-11-24"), "2026-11-30", "weekly")).toBe(1);
    expect(longestStreak(done("2026-11-02", "2026-11-03", "2026-11-04"), "2026-11-30", "weekly")).toBe(1);
  });
});

describe("rates", () => {
  it("completion over the last 30 days, or since tracking began", () => {
    const today = "2026-12-01";
    const thirty = Array.from({ length: 30 }, (_, i) => addDays(today, -i));
    expect(completionRate(done(...thirty), today, "2026-01-01", "daily")).toBe(1);
    expect(completionRate(done(...thirty.slice(0, 15)), today, "2026-01-01", "daily")).toBe(0.5);
    expect(completionRate(done("2026-11-30", "2026-12-01"), today, "2026-11-30", "daily")).toBe(1);
    expect(completionRate([], today, today, "daily")).toBe(0);
    // Started on Monday 23 Nov: two weeks so far, one done.
    expect(completionRate(done("2026-11-25"), today, "2026-11-23", "weekly")).toBe(0.5);
  });

  it("average feeling of rated check-ins in the window", () => {
    const marks: CheckInMark[] = [
      { date: "2026-12-01", done: true, rating: 5 },
      { date: "2026-11-30", done: false, rating: 2 },
      { date: "2026-11-29", done: true, rating: null },
      { date: "2026-09-01", done: true, rating: 1 }, // outside the 30 days
    ];
    expect(averageRating(marks, "2026-12-01", "2026-08-01")).toBe(3.5);
    expect(averageRating([], "2026-12-01", "2026-08-01")).toBeNull();
  });
});

describe("calendar and weekly summary", () => {
  it("lays out 12 weeks Monday to Sunday, stopping at today, with counts per day", () => {
    const weeks = heatmapWeeks(["2026-12-01", "2026-12-01", "2026-11-30"], "2026-12-01");
    expect(weeks).toHaveLength(HEATMAP_WEEKS);
    expect(weeks[0][0].date).toBe("2026-09-14");
    expect(weeks[0]).toHaveLength(7);
    expect(weeks[11].map((d) => [d.date, d.count])).toEqual([
      ["2026-11-30", 1],
      ["2026-12-01", 2],
    ]);
  });

  it("sums this week so far and last week", () => {
    const summary = weeklySummary(["2026-12-01", "2026-12-01", "2026-11-29", "2026-11-23", "2026-11-22"], "2026-12-01");
    expect(summary.thisWeek).toEqual({ from: "2026-11-30", to: "2026-12-01", done: 2, activeDays: 1 });
    expect(summary.lastWeek).toEqual({ from: "2026-11-23", to: "2026-11-29", done: 2, activeDays: 2 });
  });
});

describe("properties", () => {
  const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays("2025-06-01", n));
  const mark = fc.record({ date: day, done: fc.boolean(), rating: fc.option(fc.integer({ min: 1, max: 5 })) });
  const frequency = fc.constantFrom<Frequency>("daily", "weekly");

  it("a streak never exceeds the number of check-ins, and the current streak never exceeds the longest", () => {
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 80 }), day, frequency, (marks, today, freq) => {
        const doneCount = marks.filter((m) => m.done && m.date <= today).length;
        const current = currentStreak(marks, today, freq);
        const longest = longestStreak(marks, today, freq);
        expect(current).toBeLessThanOrEqual(doneCount);
        expect(longest).toBeLessThanOrEqual(doneCount);
        expect(current).toBeLessThanOrEqual(longest);
        const rate = completionRate(marks, today, "2025-06-01", freq);
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
