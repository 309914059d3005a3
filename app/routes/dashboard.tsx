import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { numberText } from "~/components/number-card";
import { ReadingProblem } from "~/components/reading-problem";
import { formatLongDate } from "~/lib/dates/local-dates";
import { nextChanges, type NextChange } from "~/lib/view-models/next-changes";
import { buildReportSection } from "~/lib/report";
import { readingContext, readProfile } from "~/server/readings/readings.server";

export const meta: MetaFunction = () => [{ title: "Dashboard · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { me, prefs, today } = await readingContext(request);
  const reading = readProfile(me, prefs, today);
  if (!reading.ok) return { name: me.name, today, problem: reading.error.message, data: null };
  const cycles = buildReportSection(reading.profile, "cycles")!.items;
  const cycle = (key: string) => cycles.find((i) => i.key === key)!;
  const day = cycle("personalDay");
  const { title, paragraph, strengths, challenges } = day.meaning;
  return {
    name: me.name,
    today,
    problem: null,
    data: {
      // What the page shows of today's number, not its steps and whole interpretation.
      day: {
        value: day.value,
        meaning: { title, paragraph, strengths, challenges },
        listLabels: day.listLabels,
        facts: day.facts,
      },
      glance: [cycle("personalMonth"), cycle("personalYear"), cycle("universalDay")].map(
        ({ key, label, value, meaning }) => ({ key, label, value, title: meaning.title }),
      ),
      core: buildReportSection(reading.profile, "core")!.items.map(({ key, label, value, compound, meaning }) => ({
        key,
        label,
        value,
        compound,
        title: meaning.title,
      })),
      next: nextChanges(reading.profile),
    },
  };
}

export default function Dashboard() {
  const { name, today, problem, data } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <p className="eyebrow">{formatLongDate(today)}</p>
      <h1>Hello, {name}</h1>
      {problem ? (
        <ReadingProblem message={problem} fixHref="/settings/profile" fixLabel="Update your birth details" />
      ) : null}
      {data ? (
        <>
          <section aria-labelledby="today-heading" className="rd-today">
            <div className="card">
              <h2 id="today-heading" className="mt-0">
                Today: Personal Day {data.day.value}
              </h2>
              <p className="rd-card__title">{data.day.meaning.title}</p>
              <p>{data.day.meaning.paragraph}</p>
              <p>
                <strong>{data.day.listLabels.strengths}:</strong> {data.day.meaning.strengths.join(" ")}
                <br />
                <strong>{data.day.listLabels.challenges}:</strong> {data.day.meaning.challenges.join(" ")}
                {data.day.facts.map((f) => (
                  <span key={f.label}>
                    <br />
                    <strong>{f.label}:</strong> {f.value}
                  </span>
                ))}
              </p>
              <p>
                <Link to="/daily">Open today&apos;s reading and calendar</Link>
              </p>
            </div>
            <div className="card">
              <h2 className="mt-0">Also today</h2>
              <ul className="rd-stat-list">
                {data.glance.map((g) => (
                  <li key={g.key}>
                    <span className="small">{g.label}</span>
                    <span className="rd-stat__value">{g.value}</span>
                    <span className="small">{g.title}</span>
                  </li>
                ))}
              </ul>
            </div>
          </section>

          <section aria-labelledby="core-heading">
            <h2 id="core-heading">Your core numbers</h2>
            <ul className="rd-stat-list">
              {data.core.map((c) => (
                <li key={c.key}>
                  <Link to={`/report#rd-${c.key}`} className="small">
                    {c.label}
                  </Link>
                  <span className="rd-stat__value">{numberText(c.value, c.compound)}</span>
                  <span className="small">{c.title}</span>
                </li>
              ))}
            </ul>
            <p>
              <Link to="/report">Read your full report</Link>
            </p>
          </section>

          <section aria-labelledby="next-heading">
            <h2 id="next-heading">What changes next</h2>
            <ul className="rd-plain-list">
              {data.next.changes.map((change) => (
                <li key={change.kind}>
                  <NextChangeText change={change} />
                </li>
              ))}
              {data.next.lastPinnacle ? (
                <li>You are in your fourth and last Pinnacle: it lasts for the rest of your life.</li>
              ) : null}
            </ul>
          </section>

          <nav aria-label="More readings" className="actions">
            <Link to="/people" className="button button--ghost">
              People
            </Link>
            <Link to="/compatibility" className="button button--ghost">
              Compatibility
            </Link>
            <Link to="/tools/name" className="button button--ghost">
              Name tool
            </Link>
            <Link to="/tools/dates" className="button button--ghost">
              Good dates
            </Link>
          </nav>
        </>
      ) : null}
    </div>
  );
}

const ORDINALS = ["first", "second", "third", "fourth"];
const ordinal = (n: number) => ORDINALS[n - 1] ?? `#${n}`;

function NextChangeText({ change }: { change: NextChange }) {
  switch (change.kind) {
    case "personal-year":
      return (
        <>
          <strong>{formatLongDate(change.date)}:</strong> your Personal Year becomes {change.value}.
        </>
      );
    case "pinnacle":
      return (
        <>
          <strong>{formatLongDate(change.date)}</strong> (age {change.age}): your {ordinal(change.index)} Pinnacle{" "}
          {change.pinnacle} begins, with Challenge {change.challenge}.
        </>
      );
    case "transit":
      return (
        <>
          <strong>{formatLongDate(change.date)}</strong> (age {change.age}): your transit letters become{" "}
          {change.physical} (physical), {change.mental} (mental) and {change.spiritual} (spiritual).
        </>
      );
  }
}
