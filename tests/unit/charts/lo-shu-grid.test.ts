import { describe, expect, it } from "vitest";
import { loShuArrow, loShuDigitReading } from "~/content";
import { arrowLines, buildLoShuChart, cellCentre, LO_SHU_GEOMETRY } from "~/charts/lo-shu-grid";
import { findAll, toSvgString, WEB_PALETTE, type SvgElement } from "~/charts/svg-tree";
import { computeProfile } from "~/numerology";

const profileOf = (birthDate: string, gender?: "male" | "female") =>
  computeProfile({ birthName: "Ada Lovelace Byron", birthDate, today: "2026-11-26", gender });

const byAttr = (root: SvgElement, name: string) => findAll(root, (el) => name in el.attrs);

/** The structure the drawing encodes: digits per cell, missing cells, arrows and legend. */
function structure(root: SvgElement) {
  const digits: Record<number, number> = {};
  for (const d of byAttr(root, "data-digit"))
    digits[Number(d.attrs["data-digit"])] = (digits[Number(d.attrs["data-digit"])] ?? 0) + 1;
  return {
    digits,
    missing: byAttr(root, "data-missing").map((g) => Number(g.attrs["data-cell"])),
    missingMarkers: byAttr(root, "data-missing-marker").map((r) => Number(r.attrs["data-missing-marker"])),
    arrows: byAttr(root, "data-arrow").map((l) => ({
      key: l.attrs["data-arrow"],
      x1: l.attrs.x1,
      y1: l.attrs.y1,
      x2: l.attrs.x2,
      y2: l.attrs.y2,
    })),
    legend: byAttr(root, "data-legend").map((g) => g.attrs["data-legend"]),
  };
}

describe("Lo Shu grid chart", () => {
  it("places a known date's digits, missing numbers and arrows (27 June 1984)", () => {
    const chart = buildLoShuChart(profileOf("1984-06-27"));
    expect(structure(chart.svg)).toEqual({
      digits: { 1: 1, 2: 1, 4: 1, 6: 1, 7: 1, 8: 1, 9: 1 },
      missing: [3, 5],
      missingMarkers: [3, 5],
      arrows: [
        // Top row 4-9-2 and bottom row 8-1-6 run left to right, the right column 2-7-6 top to bottom.
        { key: "strength:Mental", x1: 82, y1: 70, x2: 358, y2: 70 },
        { key: "strength:Practical", x1: 82, y1: 270, x2: 358, y2: 270 },
        { key: "strength:Action", x1: 320, y1: 32, x2: 320, y2: 308 },
      ],
      legend: ["strength:Mental", "strength:Practical", "strength:Action", "missing"],
    });
  });

  it("repeats a digit as often as it occurs and keeps every copy inside its cell (11 November 1911)", () => {
    const chart = buildLoShuChart(profileOf("1911-11-11"));
    const ones = findAll(chart.svg, (el) => el.attrs["data-digit"] === 1);
    expect(ones).toHaveLength(7);
    expect(ones.every((t) => t.text === "1")).toBe(true);
    const { left, top, cell } = LO_SHU_GEOMETRY;
    // 1 sits in the bottom middle cell.
    for (const t of ones) {
      expect(Number(t.attrs.x)).toBeGreaterThan(left + cell);
      expect(Number(t.attrs.x)).toBeLessThan(left + 2 * cell);
      expect(Number(t.attrs.y)).toBeGreaterThan(top + 2 * cell);
      expect(Number(t.attrs.y)).toBeLessThan(top + 3 * cell);
    }
    // No two copies drawn on the same spot.
    expect(new Set(ones.map((t) => `${t.attrs.x},${t.attrs.y}`)).size).toBe(7);
    expect(structure(chart.svg).missing).toEqual([4, 2, 3, 5, 7, 8, 6]);
  });

  it("draws diagonals corner to corner through the centre", () => {
    const [determination, spirituality] = arrowLines(["strength:Determination", "weakness:Spirituality"]);
    // 38 units past the corner cells' centres (120, 70) and (320, 270), along the diagonal.
    expect(determination).toMatchObject({
      kind: "strength",
      cells: [4, 5, 6],
      x1: 93.13,
      y1: 43.13,
      x2: 346.87,
      y2: 296.87,
    });
    expect(spirituality).toMatchObject({ kind: "weakness", cells: [2, 5, 8] });
    // Both diagonals pass through the centre cell's middle.
    const c = cellCentre(5);
    for (const l of [determination, spirituality]) {
      const t = (c.x - l.x1) / (l.x2 - l.x1);
      expect(l.y1 + t * (l.y2 - l.y1)).toBeCloseTo(c.y, 1);
    }
  });

  it("draws weakness arrows dashed and names them in the legend", () => {
    // 2000-01-01: digits 1, 1, 2 → the 3-5-7 row, the 4-3-8 column and more are empty.
    const profile = profileOf("2000-01-01");
    const chart = buildLoShuChart(profile);
    const weak = findAll(chart.svg, (el) => String(el.attrs["data-arrow"] ?? "").startsWith("weakness:"));
    expect(weak.map((l) => l.attrs["data-arrow"])).toEqual(
      profile.loShu.arrows.filter((a) => a.startsWith("weakness:")),
    );
    expect(weak.length).toBeGreaterThan(0);
    expect(weak.every((l) => l.attrs["stroke-dasharray"])).toBe(true);
    const legendTexts = findAll(chart.svg, (el) => "data-legend" in el.attrs).map(
      (g) => g.children?.find((c) => c.tag === "text")?.text,
    );
    expect(legendTexts).toContain(loShuArrow(weak[0].attrs["data-arrow"] as string).title);
  });

  it("is an accessible image: role, title and description wired by id", () => {
    const chart = buildLoShuChart(profileOf("1984-06-27"), { id: "me-lo-shu", palette: WEB_PALETTE });
    expect(chart.svg.attrs).toMatchObject({
      role: "img",
      "aria-labelledby": "me-lo-shu-title me-lo-shu-desc",
      id: "me-lo-shu",
    });
    const [title, desc] = chart.svg.children!;
    expect(title).toEqual({ tag: "title", attrs: { id: "me-lo-shu-title" }, text: "Lo Shu grid" });
    expect(desc.attrs.id).toBe("me-lo-shu-desc");
    expect(desc.text).toContain("Missing: 3, 5.");
    expect(chart.description).toBe(desc.text);
  });

  it("lists the same facts as text, with meanings from the content", () => {
    const chart = buildLoShuChart(profileOf("1984-06-27", "male"));
    const section = (heading: string) => chart.alt.find((s) => s.heading === heading)?.items ?? [];
    expect(section("The grid")).toEqual([
      "Top row: 4 once, 9 once, 2 once",
      "Middle row: 3 missing, 5 missing, 7 once",
      "Bottom row: 8 once, 1 once, 6 once",
    ]);
    expect(section("Missing numbers")).toHaveLength(2);
    expect(section("Missing numbers")[0]).toContain(loShuDigitReading(3, 0).text);
    expect(section("Arrows")).toHaveLength(3);
    expect(section("Arrows")[0]).toContain(loShuArrow("strength:Mental").paragraph);
    const numbers = section("Driver, conductor and Kua");
    expect(numbers[0]).toMatch(/^Driver 9\b/);
    expect(numbers[1]).toMatch(/^Conductor 1\b/);
    expect(numbers[2]).toMatch(/^Kua \d/);
    // Kua only when a gender is set.
    expect(buildLoShuChart(profileOf("1984-06-27")).alt.at(-1)!.items).toHaveLength(2);
  });

  it("serialises to standalone SVG markup with text escaped", () => {
    const svg = toSvgString(buildLoShuChart(profileOf("1984-06-27")).svg);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ')).toBe(true);
    expect(svg.match(/data-digit=/g)).toHaveLength(7);
    expect(toSvgString({ tag: "text", attrs: { "data-x": 'a"b' }, text: "<&>" })).toBe(
      '<text data-x="a&quot;b">&lt;&amp;&gt;</text>',
    );
  });
});
