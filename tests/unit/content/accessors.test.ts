import { describe, expect, it } from "vitest";
import {
  compatibilityNarrative,
  firstVowelMeaning,
  getContent,
  kuaReading,
  letterMeaning,
  meaningFor,
  numberMeaning,
  personalYearReading,
  remedyFor,
  resolveLocale,
  scoreBand,
  sectionIntro,
  universalReading,
  type Locale,
  type NumberType,
} from "~/content";

describe("meaningFor", () => {
  it("reads a number differently by position", () => {
    const lp = meaningFor("lifePath", 7);
    const su = meaningFor("soulUrge", 7);
    expect(lp.paragraph).not.toBe(su.paragraph);
    expect(lp.title).not.toBe(su.title);
    expect(lp.reduced).toBe(7);
    expect(lp.archetypeTitle).toBe(numberMeaning(7).title);
  });

  it("merges role-specific lists with the archetype without duplicates", () => {
    const m = meaningFor("expression", 4);
    const own = getContent().positions.expression[4].strengths!;
    expect(m.strengths.slice(0, own.length)).toEqual(own);
    expect(m.strengths.length).toBe(5);
    expect(new Set(m.strengths).size).toBe(m.strengths.length);
    expect(m.keywords).toEqual(numberMeaning(4).keywords);
  });

  it("keeps own lists for lessons, debts and challenges", () => {
    expect(meaningFor("karmicLesson", 3).strengths).toEqual(getContent().positions.karmicLesson[3].strengths);
    expect(meaningFor("karmicDebt", 14).keywords).toContain("moderation");
    const c0 = meaningFor("challenge", 0);
    expect(c0.reduced).toBeNull();
    expect(c0.keywords.length).toBeGreaterThan(0);
  });

  it("falls back to the root where a position has no master text", () => {
    const c = meaningFor("challenge", 11);
    expect(c.fallback).toBe(true);
    expect(c.entryNumber).toBe(2);
    expect(c.paragraph).toBe(meaningFor("challenge", 2).paragraph);
    expect(meaningFor("driver", 22).entryNumber).toBe(4);
    expect(meaningFor("karmicLesson", 33).entryNumber).toBe(6);
    expect(meaningFor("subconsciousSelf", 11).entryNumber).toBe(2);
  });

  it("keeps masters where a position has them, and reduces other compounds (custom master lists)", () => {
    expect(meaningFor("lifePath", 11).entryNumber).toBe(11);
    expect(meaningFor("pinnacle", 33).fallback).toBe(false);
    const lp44 = meaningFor("lifePath", 44);
    expect(lp44.entryNumber).toBe(8);
    expect(lp44.number).toBe(44);
    expect(meaningFor("expression", 29).entryNumber).toBe(11);
  });

  it("returns fresh arrays so callers cannot corrupt the data", () => {
    const m = meaningFor("lifePath", 1);
    m.strengths.push("mutated");
    m.keywords.length = 0;
    expect(meaningFor("lifePath", 1).strengths).not.toContain("mutated");
    expect(meaningFor("lifePath", 1).keywords.length).toBeGreaterThan(0);
  });

  it("throws clear errors for impossible input", () => {
    expect(() => meaningFor("lifePath", 0)).toThrow(/no lifePath number 0/);
    expect(() => meaningFor("challenge", 9)).toThrow(/valid challenge numbers are 0, 1/);
    expect(() => meaningFor("challenge", 18)).toThrow(Error);
    expect(() => meaningFor("birthday", 32)).toThrow(/birthday/);
    expect(() => meaningFor("birthday", 0)).toThrow(Error);
    expect(() => meaningFor("karmicDebt", 15)).toThrow(/13, 14, 16, 19/);
    expect(() => meaningFor("karmicDebt", 4)).toThrow(Error);
    expect(() => meaningFor("lifePath", -3)).toThrow(Error);
    expect(() => meaningFor("lifePath", 7.5)).toThrow(/integer/);
    expect(() => meaningFor("lifePath", Number.NaN)).toThrow(/integer/);
    expect(() => meaningFor("destiny" as NumberType, 1)).toThrow(/Unknown number type/);
  });
});

describe("other accessors", () => {
  it("numberMeaning keeps masters and reduces other compounds", () => {
    expect(numberMeaning(22).title).toBe("The Master Builder");
    expect(numberMeaning(44).number).toBe(8);
    expect(() => numberMeaning(0)).toThrow(Error);
  });

  it("cycle accessors reduce stray masters to their root", () => {
    expect(personalYearReading(11).number).toBe(2);
    expect(universalReading("year", 1).text.length).toBeGreaterThan(0);
    expect(() => universalReading("week" as "day", 1)).toThrow(/Unknown universal cycle/);
  });

  it("remedies map masters to their root", () => {
    expect(remedyFor(11)).toEqual(remedyFor(2));
    expect(remedyFor(22).number).toBe(4);
    expect(remedyFor(33).number).toBe(6);
    expect(() => remedyFor(0)).toThrow(Error);
  });

  it("letters are case-insensitive and validated", () => {
    expect(letterMeaning("cornerstone", "a")).toBe(letterMeaning("cornerstone", "A"));
    expect(() => letterMeaning("cornerstone", "É")).toThrow(/Latin letter/);
    expect(() => letterMeaning("cornerstone", "AB")).toThrow(Error);
    expect(firstVowelMeaning("")).toMatch(/no vowel/);
    expect(() => firstVowelMeaning("B")).toThrow(/not a vowel/);
  });

  it("bands compatibility scores at 40, 60 and 80", () => {
    expect(scoreBand(0)).toBe("low");
    expect(scoreBand(39.9)).toBe("low");
    expect(scoreBand(40)).toBe("moderate");
    expect(scoreBand(59)).toBe("moderate");
    expect(scoreBand(60)).toBe("good");
    expect(scoreBand(79)).toBe("good");
    expect(scoreBand(80)).toBe("excellent");
    expect(scoreBand(100)).toBe("excellent");
    expect(() => scoreBand(101)).toThrow(Error);
    expect(() => scoreBand(-1)).toThrow(Error);
    expect(() => scoreBand(Number.NaN)).toThrow(Error);
    const c = compatibilityNarrative(72, "colleague");
    expect(c.band).toBe("good");
    expect(c.framing).toMatch(/colleague/);
    expect(compatibilityNarrative(50).framing).toBe(getContent().relations.other);
    expect(() => compatibilityNarrative(50, "boss" as "other")).toThrow(/Unknown relation/);
  });

  it("band ranges in the data agree with scoreBand", () => {
    for (const [band, t] of Object.entries(getContent().compatibilityBands)) {
      expect(scoreBand(t.min)).toBe(band);
      expect(scoreBand(t.max)).toBe(band);
    }
  });

  it("handles locales", () => {
    expect(resolveLocale(undefined)).toBe("en");
    expect(resolveLocale("en-GB")).toBe("en");
    expect(resolveLocale("fr")).toBe("en");
    expect(() => getContent("fr" as Locale)).toThrow(/Unsupported content locale/);
    expect(() => meaningFor("lifePath", 1, "de" as Locale)).toThrow(/Unsupported content locale/);
    expect(sectionIntro("kua").title).toBe("Kua Number");
    expect(() => sectionIntro("nope" as "kua")).toThrow(/Unknown content section/);
  });

  it("kuaReading joins facts and text", () => {
    const k = kuaReading(8);
    expect(k.group).toBe("West");
    expect(k.favourableList[0]).toMatchObject({ kind: "shengQi", direction: "SW", name: "Sheng Qi" });
  });
});
