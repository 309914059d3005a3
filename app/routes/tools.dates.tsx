import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Field, SelectField, useSchemaForm } from "~/components/forms";
import { FORM_CONSTRAINTS } from "~/forms/constraints";
import { ToolPage } from "~/components/tool-page";
import { formatMonth, monthOf } from "~/lib/dates/calendar";
import { formatLongDate } from "~/lib/dates/local-dates";
import { invariantResponse } from "~/server/http/http.server";
import { readingContext, subjectLabel, subjectsFor } from "~/server/readings/readings.server";
import { runDatesTool } from "~/server/readings/tools.server";
import { errorBoundary } from "~/components/error-page";

export const meta: MetaFunction = () => [{ title: "Good dates · Tools · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, prefs, today } = await readingContext(request);
  const subjects = await subjectsFor(user, prefs);
  const params = new URL(request.url).searchParams;
  const outcome = runDatesTool(params, subjects);
  invariantResponse(outcome.status !== 404, "Person not found");
  const defaults = params.has("month") ? Object.fromEntries(params) : { month: monthOf(today), person: "me" };
  const choices = subjects.map((s) => ({ value: s.key, label: subjectLabel(s) }));
  return data({ ...outcome, defaults, choices }, { status: outcome.status });
}

const NUMBER_OPTIONS = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ value: String(n), label: String(n) }));

export default function DatesTool() {
  const { result, output, defaults, choices } = useLoaderData<typeof loader>();
  const { form, fields, firstError } = useSchemaForm("dates-tool", FORM_CONSTRAINTS.datesTool, result, defaults);
  const query = output && output.subject.key !== "me" ? `?person=${encodeURIComponent(output.subject.key)}` : "";
  return (
    <ToolPage
      title="Good dates"
      lede="The days of a month whose Personal Day is the number you want: a 1 to start something, a 6 for family, an 8 for business."
      form={form}
      defaults={defaults}
      submitLabel="Find dates"
      fields={
        <>
          <Field
            label="Month"
            meta={fields.month}
            firstError={firstError}
            inputProps={{ type: "month", placeholder: "YYYY-MM" }}
          />
          <SelectField
            label="Personal Day number"
            meta={fields.number}
            options={NUMBER_OPTIONS}
            placeholder="Choose a number"
            firstError={firstError}
          />
          <SelectField label="For" meta={fields.person} options={choices} firstError={firstError} />
        </>
      }
    >
      {output ? (
        <section aria-labelledby="dates-heading">
          <h2 id="dates-heading">
            Personal Day {output.number} in {formatMonth(output.month)} for {output.subject.name}
          </h2>
          <p className="rd-card__title">{output.title}</p>
          {output.dates.length ? (
            <ul className="rd-plain-list">
              {output.dates.map((d) => (
                <li key={d}>
                  <Link to={`/daily/${d}${query}`}>{formatLongDate(d)}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <p>No such day in that month.</p>
          )}
        </section>
      ) : null}
    </ToolPage>
  );
}

export const ErrorBoundary = errorBoundary({ to: "/tools/dates", label: "Back to the dates tool" });
