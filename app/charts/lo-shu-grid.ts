/**
 * The Lo Shu grid of a profile as an SVG element tree: the 4 9 2 / 3 5 7 / 8 1 6 square with each
 * birth-date digit repeated as often as it occurs, missing digits in dashed cells, every full
 * (strength) or empty (weakness) line drawn through its three cells, and a legend.
 */
import { loShuArrow } from "~/content";
import { LO_SHU_LAYOUT } from "~/lib/report";
import type { Profile } from "~/numerology";
import {
  chartSvg,
  h,
  PRINT_PALETTE,
  round,
  type Chart,
  type ChartPalette,
  type SvgAttrs,
  type SvgElement,
} from "./svg-tree";
import { altText, describe } from "./lo-shu-text";
import { arrowLines, cellCentre, cellOf, LO_SHU_GEOMETRY, type LoShuArrowLine } from "./lo-shu-cells";

export { arrowLines, cellCentre, LO_SHU_GEOMETRY } from "./lo-shu-cells";

/** Legend entries start at the left edge so long arrow names fit. */
const LEGEND_X = 20;
const { left, top, cell, width } = LO_SHU_GEOMETRY;
const GRID = cell * 3;
const LEGEND_LINE = 24;

/** Digits stacked in rows of up to three (four from seven on), smaller as they multiply. */
function digitGlyphs(digit: number, count: number, palette: ChartPalette): SvgElement[] {
  const perRow = count <= 3 ? count : count <= 6 ? 3 : 4;
  const size = count <= 3 ? 30 : count <= 6 ? 24 : 18;
  const rows = Math.ceil(count / perRow);
  const { x: cx, y: cy } = cellCentre(digit);
  const lineHeight = size * 1.1;
  const step = size * 0.72;
  const glyphs: SvgElement[] = [];
  for (let i = 0; i < count; i++) {
    const row = Math.floor(i / perRow);
    const inRow = Math.min(perRow, count - row * perRow);
    const col = i % perRow;
    const x = cx + (col - (inRow - 1) / 2) * step;
    const y = cy + (row - (rows - 1) / 2) * lineHeight;
    glyphs.push(
      h(
        "text",
        {
          x: round(x),
          y: round(y),
          "font-size": size,
          "font-weight": 700,
          "text-anchor": "middle",
          "dominant-baseline": "central",
          fill: palette.ink,
          "data-digit": digit,
        },
        String(digit),
      ),
    );
  }
  return glyphs;
}

function cellElement(digit: number, count: number, palette: ChartPalette): SvgElement {
  const { col, row } = cellOf(digit);
  const x = left + col * cell;
  const y = top + row * cell;
  const missing = count === 0;
  const children: SvgElement[] = [
    h("rect", { x, y, width: cell, height: cell, fill: palette.surface, stroke: palette.line, "stroke-width": 1.5 }),
  ];
  if (missing) {
    const c = cellCentre(digit);
    children.push(
      h("rect", {
        x: x + 8,
        y: y + 8,
        width: cell - 16,
        height: cell - 16,
        fill: "none",
        stroke: palette.muted,
        "stroke-width": 1.5,
        "stroke-dasharray": "6 5",
        "data-missing-marker": digit,
      }),
      h(
        "text",
        {
          x: c.x,
          y: c.y - 6,
          "font-size": 26,
          "text-anchor": "middle",
          "dominant-baseline": "central",
          fill: palette.muted,
        },
        String(digit),
      ),
      h(
        "text",
        {
          x: c.x,
          y: c.y + 24,
          "font-size": 12,
          "text-anchor": "middle",
          "dominant-baseline": "central",
          fill: palette.muted,
        },
        "missing",
      ),
    );
  }
  return h("g", { "data-cell": digit, "data-count": count, ...(missing ? { "data-missing": "true" } : {}) }, children);
}

function lineStyle(kind: "strength" | "weakness", palette: ChartPalette): SvgAttrs {
  return kind === "strength"
    ? { stroke: palette.strength, "stroke-width": 7, "stroke-opacity": 0.45, "stroke-linecap": "round" }
    : {
        stroke: palette.weakness,
        "stroke-width": 3,
        "stroke-opacity": 0.6,
        "stroke-dasharray": "9 7",
        "stroke-linecap": "round",
      };
}

/** The content's own name for the arrow: "Arrow of Willpower (9-5-1)", "Open Diagonal: Cultivating Trust (no 2, 5, 8)". */
const arrowLabel = (line: LoShuArrowLine) => loShuArrow(line.key).title;

export interface LoShuChartOptions {
  /** Unique on the page: prefixes the ids aria-labelledby points at. */
  id?: string;
  palette?: ChartPalette;
}

export function buildLoShuChart(profile: Profile, options: LoShuChartOptions = {}): Chart {
  const palette = options.palette ?? PRINT_PALETTE;
  const id = options.id ?? "lo-shu-chart";
  const { counts, missing, arrows, driver, conductor } = profile.loShu;
  const lines = arrowLines(arrows);
  const countOf = (d: number) => counts[d as keyof typeof counts];

  const cells = LO_SHU_LAYOUT.flat().map((d) => cellElement(d, countOf(d), palette));
  const arrowElements = lines.map((l) =>
    h("line", { x1: l.x1, y1: l.y1, x2: l.x2, y2: l.y2, ...lineStyle(l.kind, palette), "data-arrow": l.key }),
  );
  const digits = LO_SHU_LAYOUT.flat().flatMap((d) => digitGlyphs(d, countOf(d), palette));

  const numbersLine = [`Driver ${driver.value}`, `Conductor ${conductor.value}`];
  if (profile.kua) numbersLine.push(`Kua ${profile.kua.value}`);
  const captionY = top + GRID + 28;
  const caption = h(
    "text",
    {
      x: left + GRID / 2,
      y: captionY,
      "font-size": 15,
      "font-weight": 700,
      "text-anchor": "middle",
      fill: palette.ink,
    },
    numbersLine.join("  ·  "),
  );

  const legendEntries: SvgElement[] = lines.map((l, i) => {
    const y = captionY + 30 + i * LEGEND_LINE;
    return h("g", { "data-legend": l.key }, [
      h("line", { x1: LEGEND_X, y1: y, x2: LEGEND_X + 32, y2: y, ...lineStyle(l.kind, palette) }),
      h(
        "text",
        { x: LEGEND_X + 44, y, "font-size": 12, "dominant-baseline": "central", fill: palette.ink },
        arrowLabel(l),
      ),
    ]);
  });
  if (missing.length) {
    const y = captionY + 30 + lines.length * LEGEND_LINE;
    legendEntries.push(
      h("g", { "data-legend": "missing" }, [
        h("rect", {
          x: LEGEND_X + 7,
          y: y - 9,
          width: 18,
          height: 18,
          fill: "none",
          stroke: palette.muted,
          "stroke-width": 1.5,
          "stroke-dasharray": "4 3",
        }),
        h(
          "text",
          { x: LEGEND_X + 44, y, "font-size": 12, "dominant-baseline": "central", fill: palette.ink },
          `Missing: ${missing.join(", ")}`,
        ),
      ]),
    );
  }
  const height = captionY + 30 + legendEntries.length * LEGEND_LINE;

  const title = "Lo Shu grid";
  const description = describe(profile, lines);
  const svg = chartSvg(id, { width, height }, { title, description }, palette, [
    h("g", { "data-layer": "cells" }, cells),
    h("g", { "data-layer": "arrows" }, arrowElements),
    h("g", { "data-layer": "digits" }, digits),
    caption,
    h("g", { "data-layer": "legend" }, legendEntries),
  ]);
  return { svg, title, description, alt: altText(profile, lines) };
}
