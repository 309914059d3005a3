import { describe, expect, it } from "vitest";
import { dateInTimeZone } from "~/lib/dates/local-dates";

const direct = (timeZone: string, ms: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(ms);

/** Asks in time order, as requests do, every `step` ms across a window: each answer must match Intl's own. */
function sweep(timeZone: string, fromIso: string, minutes: number, step: number) {
  const from = Date.parse(fromIso);
  const wrong: string[] = [];
  for (let ms = from; ms < from + minutes * 60_000; ms += step) {
    const answer = dateInTimeZone(timeZone, new Date(ms));
    if (answer !== direct(timeZone, ms)) wrong.push(`${new Date(ms).toISOString()} → ${answer}`);
  }
  return wrong;
}

describe("a user's today", () => {
  it("turns at local midnight to the second in zones a quarter or half hour off the hour", () => {
    // Kathmandu is UTC+5:45, Adelaide UTC+10:30 in its summer, Chatham UTC+13:45.
    expect(sweep("Asia/Kathmandu", "2026-03-14T18:13:00Z", 4, 1_000)).toEqual([]);
    expect(sweep("Australia/Adelaide", "2026-01-09T13:28:00Z", 4, 1_000)).toEqual([]);
    expect(sweep("Pacific/Chatham", "2026-06-30T12:13:00Z", 4, 1_000)).toEqual([]);
    expect(dateInTimeZone("Asia/Kathmandu", new Date("2026-03-14T18:14:59.999Z"))).toBe("2026-03-14");
    expect(dateInTimeZone("Asia/Kathmandu", new Date("2026-03-14T18:15:00Z"))).toBe("2026-03-15");
  });

  it("follows a daylight-saving change, and jumps back and forth in time", () => {
    // Santiago's clocks go back from 00:00 to 23:00 on 2026-04-05: the date repeats an hour.
    expect(sweep("America/Santiago", "2026-04-05T02:58:00Z", 4, 997)).toEqual([]);
    expect(sweep("America/Santiago", "2026-04-05T03:58:00Z", 4, 997)).toEqual([]);
    expect(dateInTimeZone("Europe/Paris", new Date("2026-12-01T22:59:59Z"))).toBe("2026-12-01");
    expect(dateInTimeZone("Europe/Paris", new Date("1999-12-31T23:00:00Z"))).toBe("2000-01-01");
    expect(dateInTimeZone("Europe/Paris", new Date("2026-12-01T23:00:00Z"))).toBe("2026-12-02");
  });

  it("is exact before offsets were whole minutes (Monrovia kept UTC−0:44:30 until 1972)", () => {
    expect(sweep("Africa/Monrovia", "1960-05-01T00:43:00Z", 3, 500)).toEqual([]);
  });

  it("refuses a zone that doesn't exist", () => {
    expect(() => dateInTimeZone("Mars/Olympus_Mons")).toThrow(RangeError);
  });
});
