import { describe, expect, it } from "vitest";
import { computeProfile, NumerologyInputError, transliterateName } from "~/numerology";

function refusal(run: () => unknown): NumerologyInputError {
  try {
    run();
  } catch (e) {
    if (e instanceof NumerologyInputError) return e;
    throw e;
  }
  throw new Error("expected a NumerologyInputError");
}

describe("transliterateName", () => {
  it.each([
    ["Renée", "RENEE"],
    ["Strauß", "STRAUSS"],
    ["Øberg", "OBERG"],
    ["Ærø", "AERO"],
    ["Łukasz", "LUKASZ"],
    ["Œuvre", "OEUVRE"],
    ["Þór Đorđe", "THOR DORDE"],
    ["Spärck", "SPARCK"],
    ["e\u0301mile", "EMILE"],
    ["ıl", "IL"],
    ["Ｆｕｌｌ", "FULL"],
  ])("%s → %s", (raw, text) => {
    expect(transliterateName(raw).text).toBe(text);
  });

  it("deletes apostrophes and splits hyphenated words into parts", () => {
    const name = transliterateName("Jean-Paul  O'Brien d’Arcy");
    expect(name.words).toEqual([["JEAN", "PAUL"], ["OBRIEN"], ["DARCY"]]);
    expect(name.parts).toEqual(["JEAN", "PAUL", "OBRIEN", "DARCY"]);
    expect(name.text).toBe("JEAN-PAUL OBRIEN DARCY");
  });

  it("refuses names in other scripts with a typed error", () => {
    const err = refusal(() => transliterateName("李小龙"));
    expect(err.field).toBe("birthName");
    expect(err.code).toBe("invalid_character");
    expect(err.message).toContain("李");
  });

  it("refuses names without letters, empty names and very long names", () => {
    expect(refusal(() => transliterateName("-- '")).code).toBe("no_letters");
    expect(refusal(() => transliterateName("   ")).code).toBe("required");
    expect(refusal(() => transliterateName("a".repeat(10_000))).code).toBe("too_long");
    expect(refusal(() => transliterateName("Ann2")).code).toBe("invalid_character");
    expect(refusal(() => transliterateName("Ann\u200Bb")).message).toContain("invisible");
  });

  it("names the field it was asked to check", () => {
    expect(refusal(() => transliterateName("😀", "name")).field).toBe("name");
  });
});

describe("the Y rule", () => {
  const soulUrge = (name: string, options = {}) =>
    computeProfile({ birthName: name, birthDate: "2000-01-01", options }).soulUrge;

  it.each(["Yvonne", "Lynn", "Mary"])("Y is a vowel in %s", (name) => {
    expect(soulUrge(name).steps[0]).toMatch(/Y7/);
  });

  it.each(["Kaye", "Murray", "Doyle", "Bryan"])("Y is a consonant in %s", (name) => {
    expect(soulUrge(name).steps[0]).not.toMatch(/Y7/);
  });

  it("can be forced globally or for one name part", () => {
    expect(soulUrge("Bryan Kaye", { y: "vowel" }).steps.join(" ")).toMatch(
      /BRYAN vowels: Y7 \+ A1.*KAYE vowels: A1 \+ Y7/,
    );
    const one = soulUrge("Bryan Kaye", { yOverrides: { bryan: "vowel" } }).steps;
    expect(one[0]).toBe("BRYAN vowels: Y7 + A1 = 8");
    expect(one[1]).toBe("KAYE vowels: A1 + E5 = 6");
  });
});
