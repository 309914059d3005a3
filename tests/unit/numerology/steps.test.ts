import { describe, expect, it } from "vitest";
import { computeProfile } from "~/numerology";

const profile = (birthName: string, birthDate: string, extra: object = {}) =>
  computeProfile({ birthName, birthDate, ...extra });

describe("steps: worked examples", () => {
  it("explains the Decoz Life Path for 1936-10-12", () => {
    expect(profile("Test Person", "1936-10-12").lifePath.steps).toEqual([
      "Month 10 → 1+0 = 1",
      "Day 12 → 1+2 = 3",
      "Year 1936 → 1+9+3+6 = 19 → 1+9 = 10 → 1+0 = 1",
      "1 + 3 + 1 = 5",
    ]);
  });

  it("says when a master number is kept", () => {
    expect(profile("Test Person", "1992-11-22").lifePath.steps).toEqual([
      "Month 11 → 11 (master number, kept)",
      "Day 22 → 22 (master number, kept)",
      "Year 1992 → 1+9+9+2 = 21 → 2+1 = 3",
      "11 + 22 + 3 = 36 → 3+6 = 9",
    ]);
  });

  it("shows the digits method as one sum", () => {
    expect(profile("Test Person", "1977-05-04", { options: { lifePathMethod: "digits" } }).lifePath.steps).toEqual([
      "Every digit of the birth date: 1+9+7+7+0+5+0+4 = 33 (master number, kept)",
    ]);
  });

  it("lists each letter of each name part", () => {
    const p = profile("Thomas Cruise Mapother", "1962-07-03");
    expect(p.expression.steps).toEqual([
      "THOMAS: T2 + H8 + O6 + M4 + A1 + S1 = 22 (master number, kept)",
      "CRUISE: C3 + R9 + U3 + I9 + S1 + E5 = 30 → 3+0 = 3",
      "MAPOTHER: M4 + A1 + P7 + O6 + T2 + H8 + E5 + R9 = 42 → 4+2 = 6",
      "22 + 3 + 6 = 31 → 3+1 = 4",
    ]);
    expect(p.soulUrge.steps[0]).toBe("THOMAS vowels: O6 + A1 = 7");
    expect(p.personality.steps[1]).toBe("CRUISE consonants: C3 + R9 + S1 = 13 → 1+3 = 4");
    expect(p.rationalThought.steps).toEqual([
      "THOMAS: T2 + H8 + O6 + M4 + A1 + S1 = 22 (master number, kept)",
      "First name 22 + day 3 = 25 → 2+5 = 7",
    ]);
    expect(p.balance.steps).toEqual(["Initials T2 + C3 + M4 = 9"]);
  });

  it("keeps a one-name sum on one line", () => {
    const p = profile("John", "2000-01-01");
    expect(p.expression.steps).toEqual(["JOHN: J1 + O6 + H8 + N5 = 20 → 2+0 = 2"]);
    expect(p.chaldean.nameNumber.steps).toEqual(["JOHN: J1 + O7 + H5 + N5 = 18 → 1+8 = 9"]);
  });

  it("shows raw part sums with the total method", () => {
    const p = profile("Diana Frances Spencer", "1961-07-01", { options: { nameMethod: "total" } });
    expect(p.personality.steps.at(-1)).toBe("9 + 24 + 25 = 58 → 5+8 = 13 → 1+3 = 4");
  });

  it('says "none" for a name part without vowels', () => {
    expect(profile("Bryan Ng", "1961-07-01").soulUrge.steps).toEqual([
      "BRYAN vowels: A1 = 1",
      "NG vowels: none = 0",
      "1 + 0 = 1",
    ]);
  });

  it("explains the personal cycles (findyourfate example)", () => {
    const p = profile("Test Person", "1980-05-15", { today: "1992-07-17" });
    expect(p.personalYear!.steps).toEqual([
      "Birth month 5 → 5",
      "Birth day 15 → 1+5 = 6",
      "Year 1992 → 1+9+9+2 = 21 → 2+1 = 3",
      "5 + 6 + 3 = 14 → 1+4 = 5",
    ]);
    expect(p.personalMonth!.steps).toEqual(["Month 7 → 7", "Personal Year 5 + month 7 = 12 → 1+2 = 3"]);
    expect(p.personalDay!.steps).toEqual(["Day 17 → 1+7 = 8", "Personal Month 3 + day 8 = 11 → 1+1 = 2"]);
    expect(p.universalYear!.steps).toEqual(["Year 1992: 1+9+9+2 = 21 → 2+1 = 3"]);
  });

  it("explains pinnacles, challenges and their ages", () => {
    const p = profile("Thomas Cruise Mapother", "1962-07-03");
    expect(p.pinnacles[0].steps).toEqual([
      "Month 7 → 7",
      "Day 3 → 3",
      "Month 7 + day 3 = 10 → 1+0 = 1",
      "From birth until age 35 (36 − Life Path root 1)",
    ]);
    expect(p.pinnacles[2].steps).toEqual(["First pinnacle 1 + second pinnacle 3 = 4", "From age 44 until age 53"]);
    expect(p.challenges[1].steps).toEqual([
      "Day 3 → 3",
      "Year 1962 → 1+9+6+2 = 18 → 1+8 = 9",
      "Difference between day 3 and year 9 = 6",
      "From age 35 until age 44",
    ]);
    expect(p.challenges[3].steps.at(-1)).toBe("From age 53 on");
  });

  it("explains transits and essence", () => {
    const p = profile("Thomas Cruise Mapother", "1962-07-03", { today: "1983-01-01" });
    expect(p.transits!.steps).toEqual([
      "Age 20 in completed years",
      "Physical (THOMAS: T2 + H8 + O6 + M4 + A1 + S1 = 22 years a round): 20 mod 22 = 20 → A, from age 20 until age 21",
      "Mental (CRUISE: C3 + R9 + U3 + I9 + S1 + E5 = 30 years a round): 20 mod 30 = 20 → I, from age 15 until age 24",
      "Spiritual (MAPOTHER: M4 + A1 + P7 + O6 + T2 + H8 + E5 + R9 = 42 years a round): 20 mod 42 = 20 → H, from age 20 until age 28",
    ]);
    expect(p.transits!.detail.mental).toEqual({ letter: "I", value: 9, name: "CRUISE", fromAge: 15, untilAge: 24 });
    expect(p.essence!.steps).toEqual(["Transit letters A1 + I9 + H8 = 18 → 1+8 = 9"]);
  });

  it("explains the Lo Shu grid, driver and conductor", () => {
    const p = profile("Test Person", "1973-12-09", { options: { loShuAddDriverConductor: true } });
    expect(p.loShu.steps).toEqual([
      "Digits of the date (day, month, year) without zeros: 9, 1, 2, 1, 9, 7, 3",
      "Added driver 9 and conductor 5 to the grid",
      "Arrow of Emotional (3-5-7) is full: a strength",
      "Arrow of Will (9-5-1) is full: a strength",
      "Missing: 4, 6, 8",
      "Repeating: 1, 9",
    ]);
    expect(p.loShu.arrows).toEqual(["strength:Emotional", "strength:Will"]);
    expect(p.loShu.driver.steps).toEqual(["Day of birth 9 → 9"]);
    expect(p.loShu.conductor.steps).toEqual(["Every digit of the birth date: 1+9+7+3+1+2+0+9 = 32 → 3+2 = 5"]);
  });

  it("explains Kua, including the solar year and the 5 rule", () => {
    expect(profile("Test Person", "1995-06-15", { gender: "male" }).kua!.steps).toEqual([
      "Kua year 1995 (the solar year starts on 4 February)",
      "Year 1995 → 1+9+9+5 = 24 → 2+4 = 6",
      "Male: 11 − 6 = 5; 5 is not used as a Kua, so a male 5 becomes 2",
    ]);
    expect(profile("Test Person", "1969-01-15", { gender: "female" }).kua!.steps).toEqual([
      "Kua year 1968 (born before 4 February, so the previous solar year)",
      "Year 1968 → 1+9+6+8 = 24 → 2+4 = 6",
      "Female: 6 + 4 = 10, minus 9 = 1",
    ]);
  });

  it("explains karmic lessons, hidden passion and karmic debt", () => {
    const p = profile("Bryan Ng", "1961-07-01");
    expect(p.karmicSteps).toEqual([
      "Letters per value: 1×1, 2×1, 3×0, 4×0, 5×2, 6×0, 7×2, 8×0, 9×1",
      "Karmic lessons (values no letter has): 3, 4, 6, 8",
      "Hidden passion (most frequent values): 5, 7",
      "Karmic debt: Life Path passes through 16 (16 → 7)",
    ]);
    expect(p.subconsciousSelf.steps).toEqual(["9 − 4 karmic lessons (3, 4, 6, 8) = 5"]);
  });

  it("returns the same steps when called twice (cached text is not shared mutably)", () => {
    const a = profile("Anne-Marie O'Brien", "1950-12-29", { today: "2026-11-26", gender: "female" });
    (a.lifePath.steps as string[]).push("changed by a caller"); // typed read-only; a caller may still try
    const b = profile("Anne-Marie O'Brien", "1950-12-29", { today: "2026-11-26", gender: "female" });
    expect(b.lifePath.steps).not.toContain("changed by a caller");
    expect(Object.isFrozen(b.lifePath.chain)).toBe(true);
  });
});
