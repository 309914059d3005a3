import { describe, expect, it } from "vitest";
import { nextLocalMidnight } from "~/server/chat/limits.server";

describe("nextLocalMidnight", () => {
  it.each([
    ["Europe/London", "2026-12-01T10:00:00Z", "2026-12-02T00:00:00.000Z"],
    ["Europe/Paris", "2026-12-01T10:00:00Z", "2026-12-01T23:00:00.000Z"],
    ["America/New_York", "2026-12-01T03:00:00Z", "2026-12-01T05:00:00.000Z"],
    // The day the clocks go forward in London is 23 hours long.
    ["Europe/London", "2026-03-29T00:30:00Z", "2026-03-29T23:00:00.000Z"],
    // Some zones skip midnight itself: Santiago's day starts at 01:00 when summer time begins.
    ["America/Santiago", "2026-09-05T12:00:00Z", "2026-09-06T04:00:00.000Z"],
    ["Asia/Kolkata", "2026-12-01T20:00:00Z", "2026-12-02T18:30:00.000Z"],
  ])("in %s after %s is %s", (zone, now, expected) => {
    const next = nextLocalMidnight(zone, new Date(now));
    expect(next.getTime()).toBeGreaterThan(new Date(now).getTime() - 1);
    expect(next.toISOString()).toBe(expected);
  });
});
