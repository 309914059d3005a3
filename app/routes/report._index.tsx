import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ReadingProblem } from "~/components/reading-problem";
import { REPORT_BODY_ID, ServerHtml } from "~/components/server-html";
import { SharePanel } from "~/components/share-panel";
import { formatLongDate } from "~/lib/dates/local-dates";
import { requireDocumentRequest } from "~/server/http/data-request.server";
import { readingContext, readProfile } from "~/server/readings/readings.server";
import { renderReportBody } from "~/server/readings/report-html.server";
import { listShareLinks } from "~/server/shares/share-links.server";
import { errorBoundary } from "~/components/error-page";

export const meta: MetaFunction = () => [{ title: "Your report · NumerAI" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  requireDocumentRequest(request);
  const { user, me, prefs, today } = await readingContext(request);
  const reading = readProfile(me, prefs, today);
  if (reading.ok) renderReportBody(context, user.id, reading.profile, { charts: true });
  return {
    name: me.name,
    birthName: me.birthName,
    birthDate: me.birthDate,
    today,
    system: reading.ok ? reading.profile.input.options.system : null,
    problem: reading.ok ? null : reading.error.message,
    shareLinks: await listShareLinks(user.id, { personId: null }),
  };
}

export default function ReportPage() {
  const { name, birthName, birthDate, today, system, problem, shareLinks } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <p className="eyebrow">Your numerology report · {formatLongDate(today)}</p>
      <h1>{name}&apos;s report</h1>
      <p className="lede">
        Read from <strong>{birthName}</strong>, born {formatLongDate(birthDate)}.{" "}
        {system ? <>{system === "chaldean" ? "Chaldean" : "Pythagorean"} letters. </> : null}
        <Link to="/settings/profile#numerology-options">Change how numbers are calculated</Link>
      </p>
      {problem ? (
        <ReadingProblem message={problem} fixHref="/settings/profile" fixLabel="Update your birth details" />
      ) : null}
      {system ? (
        <>
          <p className="actions">
            <a href="/report.pdf" download className="button button--small">
              Download PDF
            </a>
          </p>
          <ServerHtml id={REPORT_BODY_ID} />
          <SharePanel personId={null} links={shareLinks} redirectTo="/report#share" />
        </>
      ) : null}
    </div>
  );
}

export const ErrorBoundary = errorBoundary({ to: "/report", label: "Back to your report" });
