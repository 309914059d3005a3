import { buildLoShuChart } from "~/charts/lo-shu-grid";
import { WEB_PALETTE } from "~/charts/svg-tree";
import type { Profile } from "~/numerology";
import { ChartFigure } from "./svg-tree";

/** The Lo Shu grid of a profile; `id` must be unique on the page (it names the SVG's title and description). */
export function LoShuChart({ profile, id = "lo-shu-chart" }: { profile: Profile; id?: string }) {
  return <ChartFigure chart={buildLoShuChart(profile, { id, palette: WEB_PALETTE })} className="chart--lo-shu" />;
}
