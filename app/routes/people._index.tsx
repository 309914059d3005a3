import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatLongDate } from "~/lib/dates/local-dates";
import { entitlementsFor, peopleLimitMessage } from "~/server/billing/entitlements.server";
import { listPeople } from "~/server/people/people.server";
import { getPreferences, readProfile, subjectOfPerson, todayFor } from "~/server/readings/readings.server";
import { requireUser } from "~/server/session/session.server";
import { errorBoundary } from "~/components/error-page";

export const meta: MetaFunction = () => [{ title: "People · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [people, prefs, { maxPeople }] = await Promise.all([
    listPeople(user.id),
    getPreferences(user.id),
    entitlementsFor(user.id),
  ]);
  const today = todayFor(user);
  return {
    people: people.map((p) => {
      const reading = readProfile(subjectOfPerson(p), prefs, undefined, false);
      return {
        id: p.id,
        name: p.name,
        relation: p.relation,
        birthDate: p.birth_date,
        lifePath: reading.ok ? reading.profile.lifePath.value : null,
      };
    }),
    limit: maxPeople,
    atLimit: people.length >= maxPeople,
    limitMessage: peopleLimitMessage(maxPeople),
    today,
  };
}

export default function People() {
  const { people, limit, atLimit, limitMessage } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>People</h1>
      <p className="lede">
        Partners, children, parents, friends, colleagues: each gets their own report, and you can compare any two.
      </p>
      <p>
        {people.length} of {limit} people.{" "}
        {atLimit ? (
          <span role="status">
            {limitMessage} <Link to="/pricing">See the plans</Link>
          </span>
        ) : (
          <Link to="/people/new" className="button button--small">
            Add a person
          </Link>
        )}
      </p>
      {people.length ? (
        <ul className="rd-people">
          {people.map((p) => (
            <li key={p.id} className="card">
              <div>
                <p>
                  <Link to={`/people/${p.id}`}>
                    <strong>{p.name}</strong>
                  </Link>{" "}
                  <span className="badge">{p.relation}</span>
                </p>
                <p className="muted small">
                  Born {formatLongDate(p.birthDate)}
                  {p.lifePath !== null ? ` · Life Path ${p.lifePath}` : ""}
                </p>
              </div>
              <p className="actions m-0">
                <Link to={`/compatibility?a=me&b=${p.id}`}>
                  Compare<span className="rd-visually-hidden"> with {p.name}</span>
                </Link>
                <Link to={`/people/${p.id}/edit`}>
                  Edit<span className="rd-visually-hidden"> {p.name}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No one yet. Add someone to see their numbers.</p>
      )}
    </div>
  );
}

export const ErrorBoundary = errorBoundary({ to: "/people", label: "Back to your people" });
