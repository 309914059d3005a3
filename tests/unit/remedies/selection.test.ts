import { describe, expect, it } from "vitest";
import { DIGITS } from "~/content";
import { CHALLENGING_COMPOUNDS, DEMANDING_DRIVERS, PRACTICE_FAMILIES } from "~/content/practices";
import { REMEDY_KINDS } from "~/forms/remedy-lists";
import { computeProfile } from "~/numerology";
import { remedyById, selectRemedies } from "~/server/remedies/selection";

const ids = (birthName: string, birthDate: string, today = "2026-12-01") =>
  selectRemedies(computeProfile({ birthName, birthDate, today })).map((r) => r.id);

describe("remedy selection", () => {
  it("answers missing Lo Shu digits, driver (colour, mantra), conductor (gemstone, food), karmic lessons and the Personal Year", () => {
    // 27 June 1984: digits 2 7 0 6 1 9 8 4 → 3 and 5 missing; driver 27 → 9; conductor 37 → 1.
    const profile = computeProfile({ birthName: "Ada Lovelace Byron", birthDate: "1984-06-27", today: "2026-12-01" });
    const remedies = selectRemedies(profile);
    const chosen = remedies.map((r) => r.id);
    expect(chosen.slice(0, 6)).toEqual(["lo-shu-3", "lo-shu-5", "colour-9", "mantra-9", "gemstone-1", "food-1"]);
    for (const lesson of profile.karmicLessons) expect(chosen).toContain(`karmic-${lesson}`);
    expect(chosen).toContain(`year-${profile.personalYear!.value}`);
    expect(chosen.filter((id) => id.startsWith("driver-") || id.startsWith("debt-"))).toEqual(["debt-14"]);
    expect(remedies.find((r) => r.id === "debt-14")!.why).toMatch(/on the way to your Soul Urge/);
    expect(remedies.find((r) => r.id === "karmic-8")!.why).toMatch(/carries an 8/);
    expect(new Set(chosen).size).toBe(chosen.length);

    const loShu3 = remedies.find((r) => r.id === "lo-shu-3")!;
    expect(loShu3).toMatchObject({ number: 3, answers: "Missing 3 in your Lo Shu grid", family: "lo-shu" });
    expect(loShu3.why).toMatch(/no 3, so the east square of your Lo Shu grid \(Wood\) is empty/);
    expect(remedies.find((r) => r.id === "colour-9")!.why).toMatch(/driver is 9 .*Mars/);
  });

  it("adds the demanding-driver practice for drivers 4 and 8, and a debt remedy for each challenging compound passed through", () => {
    // Born on the 13th: driver 13 → 4 (Rahu) and the Birthday number passes through 13.
    const thirteenth = ids("Grace Brewster Hopper", "1906-12-13");
    expect(thirteenth).toEqual(expect.arrayContaining(["colour-4", "mantra-4", "driver-4", "debt-13"]));
    // Born on the 26th: driver 8 (Saturn).
    expect(ids("Grace Brewster Hopper", "1906-12-26")).toContain("driver-8");
    // Born on the 19th: the Birthday number passes through 19.
    const nineteenth = selectRemedies(
      computeProfile({ birthName: "Grace Brewster Hopper", birthDate: "1990-03-19", today: "2026-12-01" }),
    );
    expect(nineteenth.find((r) => r.id === "debt-19")?.why).toMatch(/on the way to your Birthday number/);
  });

  it("leaves the Personal Year out when there is no today, and every full grid out of the Lo Shu rules", () => {
    const chosen = selectRemedies(computeProfile({ birthName: "Ada Lovelace Byron", birthDate: "1984-06-27" })).map(
      (r) => r.id,
    );
    expect(chosen.some((id) => id.startsWith("year-"))).toBe(false);
  });

  it("has a complete catalogue: every family and number the rules can ask for, with a kind, frequency and effort", () => {
    const wanted = [
      ...DIGITS.flatMap((d) =>
        ["lo-shu", "colour", "mantra", "gemstone", "food", "karmic", "year"].map((f) => `${f}-${d}`),
      ),
      ...DEMANDING_DRIVERS.map((d) => `driver-${d}`),
      ...CHALLENGING_COMPOUNDS.map((c) => `debt-${c}`),
    ];
    const kinds = new Set<string>();
    for (const id of wanted) {
      const remedy = remedyById(id);
      expect(remedy, id).not.toBeNull();
      expect(remedy!.title.length).toBeGreaterThan(5);
      expect(remedy!.how.length).toBeGreaterThan(20);
      expect(remedy!.tradition.length).toBeGreaterThan(20);
      expect(REMEDY_KINDS).toContain(remedy!.kind);
      kinds.add(remedy!.kind);
    }
    expect([...kinds].sort()).toEqual([...REMEDY_KINDS].sort());
    expect(new Set(wanted.map((id) => id.replace(/-\d+$/, "")))).toEqual(new Set(PRACTICE_FAMILIES));
  });

  it("knows no remedy outside the catalogue", () => {
    for (const id of [
      "lo-shu-0",
      "lo-shu-10",
      "driver-5",
      "debt-12",
      "unknown-1",
      "colour",
      "",
      "colour-1 ",
      "__proto__-1",
    ])
      expect(remedyById(id), id).toBeNull();
  });
});
