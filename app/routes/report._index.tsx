import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ReadingProblem } from "~/components/reading-problem";
import { ReportSections } from "~/components/report-sections";
import { formatLongDate } from "~/lib/dates";
import { buildReport } from "~/lib/report-model";
import { readingContext, readProfile } from "~/server/readings.server";

export const meta: MetaFunction = () => [{ title: "Your report · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { me, prefs, today } = await readingContext(request);
  const reading = readProfile(me, prefs, today);
  return {
    name: me.name,
    birthName: me.birthName,
    birthDate: me.birthDate,
    today,
    report: reading.ok ? buildReport(reading.profile) : null,
    problem: reading.ok ? null : reading.error.message,
  };
}

export default function ReportPage() {
  const { name, birthName, birthDate, today, report, problem } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <p className="eyebrow">Your numerology report · {formatLongDate(today)}</p>
      <h1>{name}&apos;s report</h1>
      <p className="lede">
        Read from <strong>{birthName}</strong>, born {formatLongDate(birthDate)}.{" "}
        {report ? <>{report.system === "chaldean" ? "Chaldean" : "Pythagorean"} letters. </> : null}
        <Link to="/settings/profile#numerology-options">Change how numbers are calculated</Link>
      </p>
      {problem ? <ReadingProblem message={problem} fixHref="/settings/profile" fixLabel="Update your birth details" /> : null}
      {report ? <ReportSections report={report} /> : null}
    </div>
  );
}
