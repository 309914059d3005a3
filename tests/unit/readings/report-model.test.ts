import { describe, expect, it } from "vitest";
import { buildReport, buildReportSection, LO_SHU_LAYOUT, reportSection } from "~/lib/report";
import { computeProfile, type Profile } from "~/numerology";

const full = computeProfile({
  birthName: "Thomas John Smith",
  birthDate: "1962-07-03",
  today: "2026-11-26",
  gender: "male",
});

describe("buildReport", () => {
  it("builds any one section alone exactly as the whole report has it", () => {
    const report = buildReport(full);
    for (const section of report.sections) expect(buildReportSection(full, section.key)).toEqual(section);
    const undated = computeProfile({ birthName: "Thomas John Smith", birthDate: "1962-07-03" });
    expect(buildReportSection(undated, "cycles")).toBeUndefined();
  });

  it("covers every key of a full profile", () => {
    const report = buildReport(full);
    const sources = new Set(report.sections.flatMap((s) => s.items.map((i) => i.source)));
    // input is the echo of what was asked; karmicSteps are shown as the steps of the karmic items.
    const expected = (Object.keys(full) as (keyof Profile)[]).filter((k) => k !== "input" && k !== "karmicSteps");
    expect(expected.length).toBeGreaterThan(25);
    for (const key of expected) expect(sources, key).toContain(key);
    expect(report.sections.flatMap((s) => s.items).some((i) => i.steps === full.karmicSteps)).toBe(true);
  });

  it("orders the sections and gives every item a unique key, a value, a meaning and its steps", () => {
    const report = buildReport(full);
    expect(report.sections.map((s) => s.key)).toEqual([
      "core",
      "more",
      "cycles",
      "pinnacles",
      "transits",
      "lo-shu",
      "remedies",
    ]);
    expect(reportSection(report, "core")!.items.map((i) => i.key)).toEqual([
      "lifePath",
      "expression",
      "soulUrge",
      "personality",
      "birthday",
      "maturity",
    ]);
    const items = report.sections.flatMap((s) => s.items);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
    for (const item of items) {
      expect(item.meaning.title, item.key).not.toBe("");
      expect(item.meaning.paragraph, item.key).not.toBe("");
      expect(item.label, item.key).not.toBe("");
    }
    const lifePath = items.find((i) => i.key === "lifePath")!;
    expect(lifePath).toMatchObject({ value: 1, compound: 19, steps: full.lifePath.steps });
    expect(lifePath.meaning.strengths.length).toBeGreaterThan(0);
  });

  it("puts the Chaldean name number beside the Pythagorean Expression", () => {
    const items = buildReport(full).sections.flatMap((s) => s.items);
    const chaldean = items.find((i) => i.key === "chaldeanName")!;
    expect(chaldean.value).toBe(full.chaldean.nameNumber.value);
    expect(chaldean.facts).toContainEqual({ label: "Pythagorean Expression", value: String(full.expression.value) });
    expect(items.find((i) => i.key === "expression")!.facts).toContainEqual({
      label: "Chaldean name number",
      value: String(full.chaldean.nameNumber.value),
    });
  });

  it("marks the pinnacle and challenge of the current age", () => {
    const periods = reportSection(buildReport(full), "pinnacles")!.items;
    expect(periods.filter((i) => i.period?.current).map((i) => i.key)).toEqual(["pinnacle.4", "challenge.4"]);
    expect(periods[0].facts).toContainEqual({ label: "Ages", value: "Ages 0–35" });
  });

  it("leaves out cycles and transits without today, and Kua without gender", () => {
    const report = buildReport(computeProfile({ birthName: "Ada Lovelace", birthDate: "1815-12-10" }));
    expect(report.sections.map((s) => s.key)).toEqual(["core", "more", "pinnacles", "lo-shu", "remedies"]);
    expect(reportSection(report, "lo-shu")!.items.map((i) => i.key)).toEqual(["driver", "conductor"]);
    expect(report.today).toBeNull();
  });

  it("says None for an empty karmic list instead of dropping it", () => {
    const profile = computeProfile({ birthName: "Ada Lovelace", birthDate: "1815-12-10" });
    expect(profile.karmicDebt).toEqual([]);
    const debt = reportSection(buildReport(profile), "more")!.items.filter((i) => i.source === "karmicDebt");
    expect(debt).toHaveLength(1);
    expect(debt[0].value).toBe("None");
  });

  it("lays out the Lo Shu facts in the square's order with the profile's counts", () => {
    const { loShu } = buildReport(full);
    expect(loShu.cells.map((c) => c.digit)).toEqual(LO_SHU_LAYOUT.flat());
    for (const cell of loShu.cells) expect(cell.count).toBe(full.loShu.counts[cell.digit as 1]);
    expect(loShu.missing.map((m) => m.digit)).toEqual(full.loShu.missing);
    expect(loShu.arrows.map((a) => a.key)).toEqual(full.loShu.arrows);
    expect(loShu.arrows[0].paragraph).not.toBe("");
  });

  it("honours the chosen system", () => {
    const chaldean = computeProfile({ birthName: "Thomas John Smith", birthDate: "1962-07-03", system: "chaldean" });
    const report = buildReport(chaldean);
    expect(report.system).toBe("chaldean");
    expect(reportSection(report, "core")!.items[1].value).toBe(chaldean.expression.value);
  });
});
