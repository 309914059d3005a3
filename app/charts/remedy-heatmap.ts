/**
 * The practice calendar: 12 weeks as columns, Monday to Sunday as rows, each day shaded by how many
 * remedies were done. Pure: a chart tree plus the same facts as text (days with practice, per week).
 */
import { formatLongDate } from "~/lib/dates/local-dates";
import { WEEKDAYS } from "~/forms/remedy-lists";
import { chartSvg, h, type Chart, type ChartPalette, type SvgElement } from "./svg-tree";

export interface HeatmapInputDay {
  date: string;
  count: number;
}

const CELL = 14;
const GAP = 3;
const LEFT = 30;
const TOP = 4;

const label = (day: HeatmapInputDay) =>
  `${formatLongDate(day.date)}: ${day.count === 0 ? "nothing done" : `${day.count} done`}`;

/** Shade by count: none, one, two, three or more. */
const opacity = (count: number) => (count === 0 ? 1 : count === 1 ? 0.45 : count === 2 ? 0.7 : 1);

export function buildRemedyHeatmap(weeks: HeatmapInputDay[][], options: { id: string; palette: ChartPalette }): Chart {
  const { id, palette } = options;
  const width = LEFT + weeks.length * (CELL + GAP);
  const height = TOP + 7 * (CELL + GAP);
  const labels: SvgElement[] = [0, 2, 4].map((row) =>
    h(
      "text",
      { x: 0, y: TOP + row * (CELL + GAP) + CELL - 3, "font-size": 10, fill: palette.muted, "aria-hidden": "true" },
      WEEKDAYS[row],
    ),
  );
  const cells = weeks.flatMap((week, w) =>
    week.map((day, d) =>
      h(
        "rect",
        {
          x: LEFT + w * (CELL + GAP),
          y: TOP + d * (CELL + GAP),
          width: CELL,
          height: CELL,
          rx: 3,
          fill: day.count === 0 ? palette.surface : palette.accent,
          "fill-opacity": opacity(day.count),
          stroke: palette.line,
          "data-date": day.date,
          "data-count": day.count,
        },
        [h("title", {}, label(day))],
      ),
    ),
  );
  const active = weeks.flat().filter((d) => d.count > 0);
  const title = "Practice calendar, last 12 weeks";
  const description = `${active.length} of the last ${weeks.flat().length} days had a remedy done.`;
  return {
    svg: chartSvg(id, { width, height }, { title, description }, palette, [...labels, ...cells]),
    title,
    description,
    alt: [
      {
        heading: "Days with a remedy done",
        items: active.length ? active.map(label) : ["None yet."],
      },
    ],
  };
}
