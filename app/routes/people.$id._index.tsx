import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ReadingProblem } from "~/components/reading-problem";
import { RemedyCard } from "~/components/remedies/remedy-card";
import { REPORT_BODY_ID, ServerHtml } from "~/components/server-html";
import { SharePanel } from "~/components/share-panel";
import { formatLongDate } from "~/lib/dates/local-dates";
import { requireDocumentRequest } from "~/server/http/data-request.server";
import { invariantResponse } from "~/server/http/http.server";
import { getPerson } from "~/server/people/people.server";
import { getPreferences, readProfile, subjectOfPerson, todayFor } from "~/server/readings/readings.server";
import { renderReportBody, renderServerHtml } from "~/server/readings/report-html.server";
import { selectRemedies } from "~/server/remedies/selection";
import { requireUser } from "~/server/session/session.server";
import { listShareLinks } from "~/server/shares/share-links.server";
import { errorBoundary } from "~/components/error-page";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.person.name} · People · NumerAI` : "Person · NumerAI" },
];

/** The remedies are text only: server HTML like the report body, not loader data. */
const REMEDIES_ID = "personal-remedies-list";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  requireDocumentRequest(request);
  const user = await requireUser(request);
  const [person, prefs] = await Promise.all([getPerson(user.id, params.id ?? ""), getPreferences(user.id)]);
  invariantResponse(person, "Person not found");
  const reading = readProfile(subjectOfPerson(person), prefs, todayFor(user));
  if (reading.ok) {
    renderReportBody(context, user.id, reading.profile, { charts: true });
    renderServerHtml(context, REMEDIES_ID, selectRemedies(reading.profile), (remedies) => (
      <ul className="remedy-list">
        {remedies.map((r) => (
          <RemedyCard key={r.id} remedy={r} />
        ))}
      </ul>
    ));
  }
  return {
    person: {
      id: person.id,
      name: person.name,
      relation: person.relation,
      birthName: person.birth_name,
      birthDate: person.birth_date,
    },
    hasReport: reading.ok,
    problem: reading.ok ? null : reading.error.message,
    canCompare: Boolean(user.birth_name && user.birth_date),
    shareLinks: await listShareLinks(user.id, { personId: person.id }),
  };
}

export default function PersonPage() {
  const { person, hasReport, problem, canCompare, shareLinks } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <p className="eyebrow">
        <Link to="/people">People</Link> · {person.relation}
      </p>
      <h1>{person.name}</h1>
      <p className="lede">
        Read from <strong>{person.birthName}</strong>, born {formatLongDate(person.birthDate)}.
      </p>
      <p className="actions">
        {canCompare ? (
          <Link to={`/compatibility?a=me&b=${person.id}`} className="button button--small">
            Compatibility with me
          </Link>
        ) : null}
        <Link to={`/daily?person=${person.id}`} className="button button--small button--ghost">
          Daily reading
        </Link>
        <Link to={`/people/${person.id}/edit`} className="button button--small button--ghost">
          Edit
        </Link>
        <Link to={`/people/${person.id}/delete`} className="button button--small button--ghost">
          Delete
        </Link>
      </p>
      {problem ? (
        <ReadingProblem message={problem} fixHref={`/people/${person.id}/edit`} fixLabel="Edit their details" />
      ) : null}
      {hasReport ? (
        <>
          <p className="actions">
            <a href={`/people/${person.id}/report.pdf`} download className="button button--small">
              Download PDF
            </a>
          </p>
          <ServerHtml id={REPORT_BODY_ID} />
          <section id="personal-remedies" aria-labelledby="personal-remedies-heading" className="rd-section">
            <h2 id="personal-remedies-heading">Remedies for {person.name}</h2>
            <p className="muted">Chosen from {person.name}&apos;s chart, each with the number it answers and why.</p>
            <ServerHtml id={REMEDIES_ID} />
          </section>
          <SharePanel personId={person.id} links={shareLinks} redirectTo={`/people/${person.id}#share`} />
        </>
      ) : null}
    </div>
  );
}

export const ErrorBoundary = errorBoundary({ to: "/people", label: "Back to your people" });
