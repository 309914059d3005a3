/**
 * The 1200×630 preview image of a shared report (Open Graph / Twitter card): the NumerAI mark,
 * the core numbers as tiles, and, only when the owner shares the birth date, the Lo Shu grid
 * (its digits are the birth date's). Pure: rasterised by app/server/shares/share-preview.server.ts.
 */
import { meaningFor } from "~/content";
import { formatLongDate } from "~/lib/dates/local-dates";
import { LO_SHU_LAYOUT } from "~/lib/report";
import type { Profile } from "~/numerology";
import { h, type SvgElement } from "./svg-tree";

export const SHARE_CARD_SIZE = { width: 1200, height: 630 } as const;
const FONT = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif";
const C = {
  bg: "#160f2e",
  bg2: "#2a1d5e",
  ink: "#efeaff",
  muted: "#b3abc9",
  accent: "#a994ff",
  tile: "#241f36",
  line: "#3a3352",
};

export interface ShareCardOptions {
  /** Shown only when the owner chose to share it. */
  name: string | null;
  birthDate: string | null;
}

const TILES = [
  ["Life Path", "lifePath"],
  ["Expression", "expression"],
  ["Soul Urge", "soulUrge"],
  ["Personality", "personality"],
  ["Birthday", "birthday"],
] as const;

function tile(label: string, value: number, x: number, y: number, width: number): SvgElement {
  return h("g", { "data-tile": label }, [
    h("rect", { x, y, width, height: 150, rx: 18, fill: C.tile, stroke: C.line, "stroke-width": 2 }),
    h(
      "text",
      { x: x + width / 2, y: y + 92, "font-size": 72, "font-weight": 700, "text-anchor": "middle", fill: C.ink },
      String(value),
    ),
    h("text", { x: x + width / 2, y: y + 130, "font-size": 22, "text-anchor": "middle", fill: C.muted }, label),
  ]);
}

function miniGrid(profile: Profile, x: number, y: number): SvgElement {
  const size = 92;
  const cells: SvgElement[] = [];
  LO_SHU_LAYOUT.forEach((row, r) =>
    row.forEach((digit, c) => {
      const count = profile.loShu.counts[digit as keyof Profile["loShu"]["counts"]];
      const cx = x + c * size;
      const cy = y + r * size;
      cells.push(
        h("rect", { x: cx, y: cy, width: size, height: size, fill: C.tile, stroke: C.line, "stroke-width": 2 }),
      );
      cells.push(
        h(
          "text",
          {
            x: cx + size / 2,
            y: cy + size / 2 + (count > 3 ? 8 : 12),
            "font-size": count > 3 ? 24 : 34,
            "font-weight": 700,
            "text-anchor": "middle",
            fill: count ? C.ink : C.line,
          },
          count ? String(digit).repeat(Math.min(count, 5)) : String(digit),
        ),
      );
    }),
  );
  return h("g", { "data-lo-shu": "true" }, cells);
}

export function buildShareCard(profile: Profile, { name, birthDate }: ShareCardOptions): SvgElement {
  const { width, height } = SHARE_CARD_SIZE;
  const withGrid = birthDate !== null;
  const tilesWidth = withGrid ? 740 : 1040;
  const gap = 20;
  const tileWidth = (tilesWidth - gap * (TILES.length - 1)) / TILES.length;
  const lifePath = meaningFor("lifePath", profile.lifePath.value);
  const heading = name ? `${name}'s numbers` : "A numerology report";
  const children: SvgElement[] = [
    h("defs", {}, [
      h("linearGradient", { id: "bg", x1: 0, y1: 0, x2: 1, y2: 1 }, [
        h("stop", { offset: "0", "stop-color": C.bg }),
        h("stop", { offset: "1", "stop-color": C.bg2 }),
      ]),
    ]),
    h("rect", { x: 0, y: 0, width, height, fill: "url(#bg)" }),
    h("rect", { x: 80, y: 64, width: 64, height: 64, rx: 14, fill: C.accent }),
    h("text", { x: 112, y: 110, "font-size": 40, "font-weight": 700, "text-anchor": "middle", fill: C.bg }, "N"),
    h("text", { x: 164, y: 108, "font-size": 34, "font-weight": 700, fill: C.ink }, "NumerAI"),
    // Long names shrink to stay clear of the grid (about 0.62 em per bold character).
    h(
      "text",
      {
        x: 80,
        y: 204,
        "font-size": Math.min(50, Math.floor((withGrid ? 720 : 1040) / (heading.length * 0.62))),
        "font-weight": 700,
        fill: C.ink,
        "data-heading": "true",
      },
      heading,
    ),
  ];
  if (birthDate)
    children.push(h("text", { x: 80, y: 248, "font-size": 26, fill: C.muted }, `Born ${formatLongDate(birthDate)}`));
  TILES.forEach(([label, key], i) =>
    children.push(tile(label, profile[key].value, 80 + i * (tileWidth + gap), 290, tileWidth)),
  );
  children.push(
    h(
      "text",
      { x: 80, y: 530, "font-size": 30, fill: C.accent, "font-weight": 700 },
      `Life Path ${profile.lifePath.value}: ${lifePath.title}`.slice(0, 60),
    ),
    h("text", { x: 80, y: 574, "font-size": 22, fill: C.muted }, "Every number shows its working"),
  );
  if (withGrid) children.push(miniGrid(profile, 844, 176));
  return h("svg", { viewBox: `0 0 ${width} ${height}`, width, height, "font-family": FONT }, children);
}
