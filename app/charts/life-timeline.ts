/**
 * A life from birth to age 90 as an SVG element tree: the four Pinnacles and Challenges as bands,
 * the Personal Year of every calendar year (nine-year cycles start at Personal Year 1), the three
 * transit letters and the essence by age, and a "you are here" marker on the profile's today.
 */
import { type LifePeriod, type Profile } from "~/numerology";
import { chartSvg, h, PRINT_PALETTE, round, type Chart, type ChartPalette, type SvgElement } from "./svg-tree";
import { ageRange, altText, describe } from "./life-timeline-text";
import {
  ageX,
  ROLES,
  ROLE_LABELS,
  TIMELINE_GEOMETRY,
  timelineModel,
  type Span,
  type TimelineOptions,
} from "./life-timeline-model";

export { ageX, fractionalAge, TIMELINE_GEOMETRY, timelineModel } from "./life-timeline-model";
export type { Span, TimelineModel, TimelineOptions } from "./life-timeline-model";

const { width, plotX, maxAge } = TIMELINE_GEOMETRY;
const LABEL_X = plotX - 10;

function periodBand(
  kind: "pinnacle" | "challenge",
  p: LifePeriod,
  index: number,
  y: number,
  palette: ChartPalette,
): SvgElement {
  const x1 = ageX(p.startAge);
  const x2 = ageX(p.endAge ?? maxAge);
  const fill = kind === "pinnacle" ? palette.accent : palette.muted;
  const mid = round((x1 + x2) / 2);
  return h(
    "g",
    {
      "data-period": kind,
      "data-index": index + 1,
      "data-number": p.number,
      "data-from": p.startAge,
      "data-until": p.endAge ?? "",
    },
    [
      h("rect", {
        x: x1,
        y,
        width: round(x2 - x1),
        height: 40,
        fill,
        "fill-opacity": index % 2 ? 0.26 : 0.13,
        stroke: palette.line,
      }),
      h(
        "text",
        { x: mid, y: y + 17, "font-size": 16, "font-weight": 700, "text-anchor": "middle", fill: palette.ink },
        String(p.number),
      ),
      h(
        "text",
        { x: mid, y: y + 32, "font-size": 10, "text-anchor": "middle", fill: palette.ink },
        ageRange(p.startAge, p.endAge),
      ),
    ],
  );
}

function rowLabel(text: string, y: number, palette: ChartPalette): SvgElement {
  return h(
    "text",
    { x: LABEL_X, y, "font-size": 12, "text-anchor": "end", "dominant-baseline": "central", fill: palette.ink },
    text,
  );
}

function spanRow<T>(role: string, spans: Span<T>[], y: number, height: number, palette: ChartPalette): SvgElement[] {
  return spans.map((s) => {
    const x1 = ageX(s.from);
    const x2 = ageX(s.until);
    const children = [
      h("rect", { x: x1, y, width: round(x2 - x1), height, fill: palette.surface, stroke: palette.line }),
    ];
    const label = String(s.value);
    // Too narrow a span keeps its letter in the text alternative only.
    if (x2 - x1 >= label.length * 6 + 2) {
      children.push(
        h(
          "text",
          {
            x: round((x1 + x2) / 2),
            y: y + height / 2,
            "font-size": 10,
            "text-anchor": "middle",
            "dominant-baseline": "central",
            fill: palette.ink,
          },
          label,
        ),
      );
    }
    return h("g", { "data-span": role, "data-value": label, "data-from": s.from, "data-until": s.until }, children);
  });
}

export function buildLifeTimeline(profile: Profile, options: TimelineOptions = {}): Chart {
  const palette = options.palette ?? PRINT_PALETTE;
  const id = options.id ?? "life-timeline";
  const model = timelineModel(profile, options);
  const children: SvgElement[] = [];

  let y = 34;
  children.push(rowLabel("Pinnacles", y + 20, palette));
  children.push(
    h(
      "g",
      { "data-row": "pinnacles" },
      model.pinnacles.map((p, i) => periodBand("pinnacle", p, i, y, palette)),
    ),
  );
  y += 46;
  children.push(rowLabel("Challenges", y + 20, palette));
  children.push(
    h(
      "g",
      { "data-row": "challenges" },
      model.challenges.map((p, i) => periodBand("challenge", p, i, y, palette)),
    ),
  );
  y += 46;

  children.push(rowLabel("Personal Year", y + 11, palette));
  const years: SvgElement[] = [];
  for (const py of model.personalYears) {
    const x1 = ageX(py.from);
    const x2 = ageX(py.until);
    const start = py.value === 1;
    const cellChildren: SvgElement[] = [
      h("rect", {
        x: x1,
        y,
        width: round(x2 - x1),
        height: 22,
        fill: start ? palette.accent : palette.surface,
        "fill-opacity": start ? 0.3 : 1,
        stroke: palette.line,
        "stroke-width": 0.5,
      }),
    ];
    if (x2 - x1 >= 6) {
      cellChildren.push(
        h(
          "text",
          {
            x: round((x1 + x2) / 2),
            y: y + 11,
            "font-size": 9,
            "text-anchor": "middle",
            "dominant-baseline": "central",
            fill: palette.ink,
          },
          String(py.value),
        ),
      );
    }
    if (start) {
      cellChildren.push(
        h("line", { x1, y1: y + 22, x2: x1, y2: y + 30, stroke: palette.ink, "stroke-width": 1 }),
        h("text", { x: x1, y: y + 38, "font-size": 9, "text-anchor": "middle", fill: palette.muted }, String(py.year)),
      );
    }
    years.push(
      h(
        "g",
        { "data-year": py.year, "data-personal-year": py.value, ...(start ? { "data-cycle-start": "true" } : {}) },
        cellChildren,
      ),
    );
  }
  children.push(h("g", { "data-row": "personal-years" }, years));
  y += 46;

  if (model.transits && model.essence) {
    for (const role of ROLES) {
      children.push(rowLabel(ROLE_LABELS[role], y + 10, palette));
      children.push(h("g", { "data-row": role }, spanRow(role, model.transits[role], y, 20, palette)));
      y += 24;
    }
    children.push(rowLabel("Essence", y + 10, palette));
    children.push(h("g", { "data-row": "essence" }, spanRow("essence", model.essence, y, 20, palette)));
    y += 28;
  }

  const axisY = y;
  const axis: SvgElement[] = [
    h("line", { x1: ageX(0), y1: axisY, x2: ageX(maxAge), y2: axisY, stroke: palette.ink, "stroke-width": 1 }),
  ];
  for (let age = 0; age <= maxAge; age += 5) {
    const x = ageX(age);
    axis.push(
      h("line", { x1: x, y1: axisY, x2: x, y2: axisY + (age % 10 ? 4 : 7), stroke: palette.ink, "stroke-width": 1 }),
    );
    if (age % 10 === 0)
      axis.push(
        h("text", { x, y: axisY + 19, "font-size": 11, "text-anchor": "middle", fill: palette.ink }, String(age)),
      );
  }
  children.push(rowLabel("Age", axisY + 15, palette), h("g", { "data-row": "axis" }, axis));

  if (model.now && model.now.age >= 0 && model.now.age <= maxAge) {
    const x = ageX(model.now.age);
    const labelX = Math.min(Math.max(x, plotX + 50), width - 60);
    children.push(
      h("g", { "data-you-are-here": "true", "data-age": model.now.completedAge }, [
        h("line", { x1: x, y1: 24, x2: x, y2: axisY, stroke: palette.accent, "stroke-width": 2.5 }),
        h("circle", { cx: x, cy: 24, r: 4, fill: palette.accent }),
        h(
          "text",
          { x: labelX, y: 14, "font-size": 12, "font-weight": 700, "text-anchor": "middle", fill: palette.accent },
          `You are here (${model.now.completedAge})`,
        ),
      ]),
    );
  }

  const height = axisY + 30;
  const title = "Life-cycle timeline";
  const description = describe(model);
  const svg = chartSvg(id, { width, height }, { title, description }, palette, children);
  return { svg, title, description, alt: altText(model) };
}
