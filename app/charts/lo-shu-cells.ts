/** Where the Lo Shu square's cells and arrow lines sit, and how a digit's count is said in words. */
import { LO_SHU_LAYOUT } from "~/lib/report";
import { LO_SHU_ARROWS } from "~/numerology";
import { round } from "./svg-tree";

export const LO_SHU_GEOMETRY = { left: 70, top: 20, cell: 100, width: 440 } as const;
const { left, top, cell } = LO_SHU_GEOMETRY;
/** How far an arrow line runs past the centres of its end cells. */
const OVERHANG = 38;

/** Where a digit's cell sits: column and row, 0-based. */
export function cellOf(digit: number): { col: number; row: number } {
  for (let row = 0; row < 3; row++) {
    const col = LO_SHU_LAYOUT[row].indexOf(digit);
    if (col >= 0) return { col, row };
  }
  throw new Error(`${digit} is not a Lo Shu digit`);
}

export function cellCentre(digit: number): { x: number; y: number } {
  const { col, row } = cellOf(digit);
  return { x: left + col * cell + cell / 2, y: top + row * cell + cell / 2 };
}

const COUNT_WORDS = [
  "no times",
  "once",
  "twice",
  "three times",
  "four times",
  "five times",
  "six times",
  "seven times",
  "eight times",
  "nine times",
];

export function timesText(count: number): string {
  return COUNT_WORDS[count] ?? `${count} times`;
}

export interface LoShuArrowLine {
  key: string;
  kind: "strength" | "weakness";
  name: string;
  cells: readonly [number, number, number];
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The line of each arrow the profile has, from beyond its first cell to beyond its last. */
export function arrowLines(arrowKeys: readonly string[]): LoShuArrowLine[] {
  return arrowKeys.map((key) => {
    const [kind, name] = key.split(":") as ["strength" | "weakness", string];
    const arrow = LO_SHU_ARROWS.find((a) => a.name === name);
    if (!arrow) throw new Error(`Unknown Lo Shu arrow ${key}`);
    const a = cellCentre(arrow.cells[0]);
    const b = cellCentre(arrow.cells[2]);
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    const ux = (b.x - a.x) / length;
    const uy = (b.y - a.y) / length;
    return {
      key,
      kind,
      name,
      cells: arrow.cells,
      x1: round(a.x - ux * OVERHANG),
      y1: round(a.y - uy * OVERHANG),
      x2: round(b.x + ux * OVERHANG),
      y2: round(b.y + uy * OVERHANG),
    };
  });
}
