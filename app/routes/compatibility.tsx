import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { sectionIntro } from "~/content";
import { PersonSelect } from "~/components/person-select";
import { buildCompatibility, relationBetween } from "~/lib/view-models/compatibility-model";
import { invariantResponse } from "~/server/http/http.server";
import { readingContext, readProfile, subjectLabel, subjectsFor } from "~/server/readings/readings.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.pair ? `${data.pair.a} & ${data.pair.b}: compatibility · NumerAI` : "Compatibility · NumerAI" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, prefs } = await readingContext(request);
  const subjects = await subjectsFor(user, prefs);
  const params = new URL(request.url).searchParams;
  const a = params.get("a");
  const b = params.get("b");
  const choices = subjects.map((s) => ({ value: s.key, label: subjectLabel(s) }));
  const base = {
    choices,
    selected: { a: a ?? "me", b: b ?? subjects.find((s) => s.key !== "me")?.key ?? "" },
    intro: sectionIntro("compatibility").description,
  };
  if (!a || !b) return { ...base, pair: null, result: null, problem: null };

  const first = subjects.find((s) => s.key === a);
  const second = subjects.find((s) => s.key === b);
  // Someone else's person id (or a made-up one) is simply not there.
  invariantResponse(first && second, "Person not found");
  if (first.key === second.key)
    return data({ ...base, pair: null, result: null, problem: "Choose two different people." }, { status: 400 });

  const ra = readProfile(first, prefs, undefined, false); // compared by value: no steps shown
  if (!ra.ok) return { ...base, pair: null, result: null, problem: `${first.name}: ${ra.error.message}` };
  const rb = readProfile(second, prefs, undefined, false);
  if (!rb.ok) return { ...base, pair: null, result: null, problem: `${second.name}: ${rb.error.message}` };
  return {
    ...base,
    pair: { a: first.name, b: second.name },
    result: buildCompatibility(ra.profile, rb.profile, relationBetween(first, second)),
    problem: null,
  };
}

export default function Compatibility() {
  const { choices, selected, intro, pair, result, problem } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>Compatibility</h1>
      <p className="lede">{intro}</p>
      {choices.length < 2 ? (
        <p>
          Add someone first: <Link to="/people/new">add a person</Link>.
        </p>
      ) : (
        <Form method="get" className="rd-form" key={`${selected.a}-${selected.b}`}>
          {(["a", "b"] as const).map((side) => (
            <PersonSelect
              key={side}
              id={`compat-${side}`}
              name={side}
              label={side === "a" ? "First person" : "Second person"}
              defaultValue={selected[side]}
              choices={choices}
            />
          ))}
          <button type="submit" className="button">
            Compare
          </button>
        </Form>
      )}
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
      {pair && result ? (
        <section aria-labelledby="result-heading" className="card mt-16">
          <h2 id="result-heading" className="mt-0">
            {pair.a} &amp; {pair.b}
          </h2>
          <p>
            <a href={`/compatibility.pdf?${new URLSearchParams(selected)}`} download className="button button--small">
              Download PDF
            </a>
          </p>
          <p className="rd-score">
            {result.score}
            <span className="muted small"> / 100</span>
          </p>
          <p className="rd-card__title">{result.narrative.label}</p>
          <p>{result.narrative.summary}</p>
          <p>{result.narrative.framing}</p>
          <p>
            <strong>Tip:</strong> {result.narrative.tip}
          </p>
          <h3>Number by number</h3>
          <div className="rd-table-wrap">
            <table className="rd-table">
              <thead>
                <tr>
                  <th scope="col">Number</th>
                  <th scope="col">{pair.a}</th>
                  <th scope="col">{pair.b}</th>
                  <th scope="col">Score</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {result.pairs.map((p) => (
                  <tr key={p.key}>
                    <th scope="row">{p.label}</th>
                    <td>{p.a}</td>
                    <td>{p.b}</td>
                    <td>{p.score}</td>
                    <td>{p.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </div>
  );
}
