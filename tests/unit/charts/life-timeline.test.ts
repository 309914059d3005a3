import { describe, expect, it } from "vitest";
import { meaningFor } from "~/content";
import { ageX, buildLifeTimeline, fractionalAge, TIMELINE_GEOMETRY, timelineModel } from "~/charts/life-timeline";
import { findAll, type SvgElement } from "~/charts/svg-tree";
import { computeProfile } from "~/numerology";

const profile = computeProfile({ birthName: "Ada Lovelace Byron", birthDate: "1984-06-27", today: "2026-11-26" });
const { plotX, yearWidth, maxAge } = TIMELINE_GEOMETRY;
const attr = (el: SvgElement, name: string) => el.attrs[name];
const rect = (g: SvgElement) => g.children!.find((c) => c.tag === "rect")!;

describe("life-cycle timeline", () => {
  const chart = buildLifeTimeline(profile);
  const bands = (kind: string) => findAll(chart.svg, (el) => el.attrs["data-period"] === kind);

  it("draws the four pinnacles and challenges at their ages with their numbers", () => {
    // Life Path root 1: the first period ends at 36 − 1 = 35, the next two last nine years.
    const summary = (kind: string) =>
      bands(kind).map((g) => ({
        number: attr(g, "data-number"),
        from: attr(g, "data-from"),
        until: attr(g, "data-until"),
        x: attr(rect(g), "x"),
        width: attr(rect(g), "width"),
        text: g.children!.filter((c) => c.tag === "text").map((t) => t.text),
      }));
    expect(summary("pinnacle")).toEqual([
      { number: 6, from: 0, until: 35, x: plotX, width: 35 * yearWidth, text: ["6", "0–35"] },
      { number: 4, from: 35, until: 44, x: plotX + 35 * yearWidth, width: 9 * yearWidth, text: ["4", "35–44"] },
      { number: 1, from: 44, until: 53, x: plotX + 44 * yearWidth, width: 9 * yearWidth, text: ["1", "44–53"] },
      {
        number: 1,
        from: 53,
        until: "",
        x: plotX + 53 * yearWidth,
        width: (maxAge - 53) * yearWidth,
        text: ["1", "53+"],
      },
    ]);
    expect(summary("challenge").map((c) => [c.number, c.from, c.until])).toEqual([
      [3, 0, 35],
      [5, 35, 44],
      [2, 44, 53],
      [2, 53, ""],
    ]);
  });

  it("puts 'you are here' at today's age, between birthdays", () => {
    const [here] = findAll(chart.svg, (el) => "data-you-are-here" in el.attrs);
    expect(attr(here, "data-age")).toBe(42);
    // 152 of the 365 days from the 2026 birthday (27 June) to the next have passed on 26 November.
    const line = here.children!.find((c) => c.tag === "line")!;
    expect(attr(line, "x1")).toBeCloseTo(plotX + (42 + 152 / 365) * yearWidth, 1);
    expect(here.children!.find((c) => c.tag === "text")!.text).toBe("You are here (42)");
  });

  it("marks every calendar year's Personal Year and the nine-year cycle starts", () => {
    const years = findAll(chart.svg, (el) => "data-year" in el.attrs);
    expect(years[0].attrs["data-year"]).toBe(1984);
    // Calendar years sit on the age axis: 1 January 1985 is 188 days after the 1984 birthday.
    expect(attr(rect(years[1]), "x")).toBeCloseTo(ageX(188 / 365), 1);
    const starts = years.filter((g) => g.attrs["data-cycle-start"]).map((g) => g.attrs["data-year"]);
    expect(starts).toEqual([1984, 1993, 2002, 2011, 2020, 2029, 2038, 2047, 2056, 2065, 2074]);
    expect(years.find((g) => g.attrs["data-year"] === 2026)!.attrs["data-personal-year"]).toBe(
      profile.personalYear!.value,
    );
    // Personal Years count 1 to 9 and start over.
    const values = years.map((g) => Number(g.attrs["data-personal-year"]));
    values.slice(1).forEach((v, i) => expect(v).toBe((values[i] % 9) + 1));
  });

  it("shows the transit letters and essence as spans that tile birth to 90", () => {
    const row = (role: string) =>
      findAll(chart.svg, (el) => el.attrs["data-span"] === role).map((g) => [
        g.attrs["data-value"],
        g.attrs["data-from"],
        g.attrs["data-until"],
      ]);
    // ADA: A (1 year), D (4 years), A (1 year), then again.
    expect(row("physical").slice(0, 4)).toEqual([
      ["A", 0, 1],
      ["D", 1, 5],
      ["A", 5, 6],
      ["A", 6, 7],
    ]);
    expect(row("spiritual").slice(0, 3)).toEqual([
      ["B", 0, 2],
      ["Y", 2, 9],
      ["R", 9, 18],
    ]);
    for (const role of ["physical", "mental", "spiritual", "essence"]) {
      const spans = row(role);
      expect(spans[0][1]).toBe(0);
      expect(spans.at(-1)![2]).toBe(maxAge);
      spans.slice(1).forEach((s, i) => expect(s[1]).toBe(spans[i][2]));
    }
    // The essence at today's age matches the engine's.
    const now = row("essence").find(([, from, until]) => Number(from) <= 42 && 42 < Number(until));
    expect(now![0]).toBe(String(profile.essence!.value));
  });

  it("can leave the transits out (they spell the name) and the marker out without a today", () => {
    const bare = computeProfile({ birthName: "Ada Lovelace Byron", birthDate: "1984-06-27" });
    const svg = buildLifeTimeline(bare, { transits: false }).svg;
    expect(findAll(svg, (el) => "data-span" in el.attrs)).toEqual([]);
    expect(findAll(svg, (el) => "data-you-are-here" in el.attrs)).toEqual([]);
    expect(findAll(svg, (el) => el.attrs["data-period"] === "pinnacle")).toHaveLength(4);
    expect(timelineModel(bare).now).toBeNull();
  });

  it("gives the same facts as text", () => {
    const items = (heading: string) => chart.alt.find((s) => s.heading === heading)!.items;
    expect(items("Pinnacles")[0]).toBe(`Pinnacle 1, from birth to age 35: 6, ${meaningFor("pinnacle", 6).title}`);
    expect(items("Challenges")[3]).toBe(`Challenge 4, from age 53 on: 2, ${meaningFor("challenge", 2).title}`);
    expect(items("Personal Year cycle")).toEqual([
      "Nine-year cycles begin (Personal Year 1) in 1984, 1993, 2002, 2011, 2020, 2029, 2038, 2047, 2056, 2065, 2074.",
      `2026 is Personal Year ${profile.personalYear!.value}.`,
    ]);
    expect(items("Transit letters and essence by age")[0]).toMatch(/^Physical \(ADA\): A 0–1, D 1–5, A 5–6/);
    expect(items("You are here")[0]).toBe(
      `Age 42 on 26 November 2026; Pinnacle 2 (4); Challenge 2 (5); transits physical ${profile.transits!.physical}, mental ${profile.transits!.mental}, spiritual ${profile.transits!.spiritual}; essence ${profile.essence!.value}.`,
    );
  });

  it("computes fractional ages around birthdays", () => {
    const birth = { year: 1984, month: 6, day: 27 };
    expect(fractionalAge(birth, { year: 1984, month: 6, day: 27 })).toBe(0);
    expect(fractionalAge(birth, { year: 2026, month: 6, day: 27 })).toBe(42);
    expect(fractionalAge(birth, { year: 2026, month: 6, day: 26 })).toBeCloseTo(42 - 1 / 365, 5);
    expect(fractionalAge(birth, { year: 1984, month: 1, day: 1 })).toBeLessThan(0);
  });
});
