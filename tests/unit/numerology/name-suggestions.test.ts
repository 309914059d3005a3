import { describe, expect, it } from "vitest";
import { computeProfile, MAX_SUGGESTIONS, NumerologyInputError, suggestNameSpellings } from "~/numerology";

const numberOf = (spelling: string, system: "pythagorean" | "chaldean") => {
  const p = computeProfile({ birthName: spelling, birthDate: "2000-01-01" });
  return system === "chaldean" ? p.chaldean.nameNumber.value : p.expression.value;
};

describe("suggestNameSpellings", () => {
  it.each([
    ["Ana Smith", 5, "pythagorean"],
    ["Sarah Philips", 3, "chaldean"],
    ["Jan Jarrell", 2, "pythagorean"],
    ["Anne-Marie Lee", 11, "pythagorean"],
    ["Zoë Kelly", 9, "chaldean"],
  ] as const)("%s → %i (%s): every suggestion hits the target", (name, target, system) => {
    const suggestions = suggestNameSpellings(name, target, system);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    expect(new Set(suggestions.map((s) => s.spelling)).size).toBe(suggestions.length);
    for (const s of suggestions) {
      expect(s.spelling).not.toBe(name);
      expect(s.number).toBe(target);
      expect(numberOf(s.spelling, system)).toBe(target);
      expect(s.change.length).toBeGreaterThan(0);
    }
  });

  it("puts the smallest changes first and says what changed", () => {
    const suggestions = suggestNameSpellings("Ana Smith", 5, "pythagorean");
    expect(suggestions[0]).toEqual({ spelling: "Aana Smith", number: 5, compound: 14, change: "doubled the A in Ana" });
    expect(suggestions.map((s) => s.change)).toContain("added the middle initial J");
    const firstInitial = suggestions.findIndex((s) => s.change.startsWith("added the middle initial"));
    expect(
      suggestions
        .slice(0, firstInitial)
        .every((s) => s.spelling.length === "Ana Smith".length + 1 || s.spelling.length === "Ana Smith".length - 1),
    ).toBe(true);
  });

  it("offers doubling, undoubling, initials and alternate spellings", () => {
    const all = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 22, 33].flatMap((t) =>
      suggestNameSpellings("Ann Philips", t, "pythagorean"),
    );
    const spellings = all.map((s) => s.spelling);
    expect(spellings).toContain("An Philips"); // undoubled
    expect(spellings).toContain("Ann Filips"); // ph → f
    expect(all.find((s) => s.spelling === "Anne Philips")?.change).toBe("added a final e to Ann");
    expect(all.find((s) => s.spelling === "An Philips")?.change).toBe("made the double N in Ann single");
  });

  it("refuses bad input with typed errors", () => {
    const fieldOf = (run: () => unknown) => {
      try {
        run();
      } catch (e) {
        expect(e).toBeInstanceOf(NumerologyInputError);
        return (e as NumerologyInputError).field;
      }
      return null;
    };
    expect(fieldOf(() => suggestNameSpellings("李小龙", 5, "pythagorean"))).toBe("name");
    expect(fieldOf(() => suggestNameSpellings("Ann", 10, "pythagorean"))).toBe("target");
    expect(fieldOf(() => suggestNameSpellings("Ann", 11, "chaldean"))).toBe("target");
    expect(fieldOf(() => suggestNameSpellings("Ann", 5, "vedic" as "chaldean"))).toBe("system");
    expect(fieldOf(() => suggestNameSpellings("Ann", 22, "pythagorean"))).toBeNull();
  });
});
