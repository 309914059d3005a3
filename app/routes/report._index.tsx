import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { LifeTimelineChart } from "~/components/charts/life-timeline-chart";
import { LoShuChart } from "~/components/charts/lo-shu-chart";
import { ReadingProblem } from "~/components/reading-problem";
import { ReportSections } from "~/components/report-sections";
import { SharePanel } from "~/components/share-panel";
import { formatLongDate } from "~/lib/dates/local-dates";
import { buildReport } from "~/lib/report/index";
import { readingContext, readProfile } from "~/server/readings/readings.server";
import { listShareLinks } from "~/server/shares/share-links.server";

export const meta: MetaFunction = () => [{ title: "Your report · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, me, prefs, today } = await readingContext(request);
  const reading = readProfile(me, prefs, today);
  return {
    name: me.name,
    birthName: me.birthName,
    birthDate: me.birthDate,
    today,
    report: reading.ok ? buildReport(reading.profile) : null,
    profile: reading.ok ? reading.profile : null,
    problem: reading.ok ? null : reading.error.message,
    shareLinks: await listShareLinks(user.id, { personId: null }),
  };
}

export default function ReportPage() {
  const { name, birthName, birthDate, today, report, profile, problem, shareLinks } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <p className="eyebrow">Your numerology report · {formatLongDate(today)}</p>
      <h1>{name}&apos;s report</h1>
      <p className="lede">
        Read from <strong>{birthName}</strong>, born {formatLongDate(birthDate)}.{" "}
        {report ? <>{report.system === "chaldean" ? "Chaldean" : "Pythagorean"} letters. </> : null}
        <Link to="/settings/profile#numerology-options">Change how numbers are calculated</Link>
      </p>
      {problem ? (
        <ReadingProblem message={problem} fixHref="/settings/profile" fixLabel="Update your birth details" />
      ) : null}
      {report && profile ? (
        <>
          <p className="actions">
            <a href="/report.pdf" download className="button button--small">
              Download PDF
            </a>
          </p>
          <ReportSections
            report={report}
            charts={{ loShu: <LoShuChart profile={profile} />, lifeCycles: <LifeTimelineChart profile={profile} /> }}
          />
          <SharePanel personId={null} links={shareLinks} redirectTo="/report#share" />
        </>
      ) : null}
    </div>
  );
}
