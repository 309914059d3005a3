import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { buildRemedyHeatmap } from "~/charts/remedy-heatmap";
import { WEB_PALETTE } from "~/charts/svg-tree";
import { ChartFigure } from "~/components/charts/svg-tree";
import { ProgressStats } from "~/components/remedies/progress-stats";
import { formatLongDate } from "~/lib/dates/local-dates";
import { progressPage } from "~/server/remedies/progress.server";
import { requireOnboardedUser } from "~/server/session/session.server";

export const meta: MetaFunction = () => [{ title: "Remedy progress · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireOnboardedUser(request);
  return progressPage(user);
}

export default function RemedyProgress() {
  const { remedies, heatmap, summary } = useLoaderData<typeof loader>();
  const { thisWeek, lastWeek } = summary;
  return (
    <div className="page">
      <p className="eyebrow">
        <Link to="/remedies">Remedies</Link>
      </p>
      <h1>Your progress</h1>
      <section aria-labelledby="week-heading">
        <h2 id="week-heading">This week</h2>
        <p>
          Since {formatLongDate(thisWeek.from)}: {thisWeek.done} {thisWeek.done === 1 ? "check-in" : "check-ins"} done
          on {thisWeek.activeDays} {thisWeek.activeDays === 1 ? "day" : "days"}. Last week: {lastWeek.done} on{" "}
          {lastWeek.activeDays} {lastWeek.activeDays === 1 ? "day" : "days"}.
        </p>
      </section>
      <section aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">Practice calendar</h2>
        <ChartFigure
          chart={buildRemedyHeatmap(heatmap, { id: "remedy-heatmap", palette: WEB_PALETTE })}
          className="chart--heatmap"
        />
      </section>
      <section aria-labelledby="remedies-heading">
        <h2 id="remedies-heading">By remedy</h2>
        {remedies.length ? (
          <ul className="remedy-list">
            {remedies.map((r) => (
              <li key={r.id} className="card" data-remedy={r.id}>
                <h3>
                  <Link to={`/remedies/tracking/${r.id}`}>{r.title}</Link>
                </h3>
                <p className="muted small">
                  {r.answers ? `${r.answers} · ` : ""}
                  {r.frequency}
                  {r.active ? "" : " · stopped"}
                </p>
                <ProgressStats stats={r} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">
            Nothing tracked yet. <Link to="/remedies">Choose a remedy to track</Link>.
          </p>
        )}
      </section>
    </div>
  );
}
