import { describe, expect, it } from "vitest";
import { DIGITS, LOCALES, dailyReading, getContent, variantIndex } from "~/content";

describe("daily readings", () => {
  for (const locale of LOCALES) {
    it(`(${locale}) has at least 3 distinct variants per personal day, each with do/don't and a lucky colour`, () => {
      for (const n of DIGITS) {
        const entry = getContent(locale).personalDay[n];
        expect(entry.variants.length).toBeGreaterThanOrEqual(3);
        expect(entry.luckyColour.trim()).not.toBe("");
        expect(new Set(entry.variants.map((v) => v.reading)).size).toBe(entry.variants.length);
        expect(new Set(entry.variants.map((v) => v.do)).size).toBe(entry.variants.length);
        for (const v of entry.variants) {
          expect(v.reading.trim() && v.do.trim() && v.dont.trim()).toBeTruthy();
        }
      }
    });
  }

  it("picks the same variant for a date on every run and every machine (pinned values)", () => {
    // The hash is ours (FNV-1a, no Math.random, no clock): a change to it or to the ISO-date rule shows here.
    expect(["2026-11-26", "2027-01-01", "1990-05-17", "some-opaque-key"].map((k) => variantIndex(k, 5))).toEqual([
      2, 4, 2, 0,
    ]);
    expect(DIGITS.map((n) => dailyReading(n, "2026-11-26").variant)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 2]);
    expect(dailyReading(3, "some-opaque-key").variant).toBe(1);
  });

  it("returns a variant from the number's own table", () => {
    const r = dailyReading(7, "2026-11-26");
    const entry = getContent().personalDay[7];
    expect(r.number).toBe(7);
    expect(r.title).toBe(entry.title);
    expect(r.luckyColour).toBe(entry.luckyColour);
    expect(entry.variants[r.variant]).toEqual({ reading: r.reading, do: r.do, dont: r.dont });
  });

  it("does not repeat a reading for days sharing a personal day number within a month (d, d+9, d+18, d+27)", () => {
    for (const month of ["2026-01", "2026-11", "2027-02", "1999-12"]) {
      for (let d = 1; d <= 9; d++) {
        const days = [d, d + 9, d + 18, d + 27].filter((x) => x <= 31);
        const picked = days.map((day) => dailyReading(5, `${month}-${String(day).padStart(2, "0")}`).reading);
        expect(new Set(picked).size, `${month} from day ${d}`).toBe(picked.length);
      }
    }
  });

  it("spreads variants across a year", () => {
    const seen = new Set<number>();
    for (let m = 1; m <= 12; m++) {
      for (let d = 1; d <= 28; d++) {
        seen.add(variantIndex(`2026-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`, 4));
      }
    }
    expect(seen.size).toBe(4);
  });

  it("reduces masters for cycles and rejects impossible input", () => {
    expect(dailyReading(11, "2026-11-26").number).toBe(2);
    expect(() => dailyReading(0, "2026-11-26")).toThrow(Error);
    expect(() => dailyReading(2.5, "2026-11-26")).toThrow(/integer/);
    expect(() => dailyReading(3, "")).toThrow(/dateKey/);
  });
});
