import { buildLifeTimeline } from "~/charts/life-timeline";
import { WEB_PALETTE } from "~/charts/svg-tree";
import type { Profile } from "~/numerology";
import { ChartFigure } from "./svg-tree";

/** Birth to 90: pinnacles, challenges, the Personal Year cycle, transits and "you are here". */
export function LifeTimelineChart({
  profile,
  id = "life-timeline",
  transits = true,
}: {
  profile: Profile;
  id?: string;
  /** Off where the name must stay private (transit letters spell it). */
  transits?: boolean;
}) {
  return (
    <ChartFigure
      chart={buildLifeTimeline(profile, { id, palette: WEB_PALETTE, transits })}
      className="chart--timeline"
      scroll
    />
  );
}
