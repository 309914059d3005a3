import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { PersonForm } from "~/components/person-form";
import { entitlementsFor, peopleLimitMessage } from "~/server/billing/entitlements.server";
import { readForm, rejectForm } from "~/server/http/forms.server";
import { redirectWithFlash } from "~/server/http/http.server";
import { countPeople, createPerson } from "~/server/people/people.server";
import { parsePersonForm } from "~/server/people/person-form.server";
import { todayFor } from "~/server/readings/readings.server";
import { requireUser } from "~/server/session/session.server";
import { errorBoundary } from "~/components/error-page";

export const meta: MetaFunction = () => [{ title: "Add a person · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [count, { maxPeople }] = await Promise.all([countPeople(user.id), entitlementsFor(user.id)]);
  return { maxDate: todayFor(user), atLimit: count >= maxPeople, limitMessage: peopleLimitMessage(maxPeople) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { submission, input, fieldErrors } = parsePersonForm(await readForm(request), todayFor(user));
  if (!input) return rejectForm(submission, { fieldErrors });
  const { maxPeople } = await entitlementsFor(user.id);
  const person = await createPerson(user.id, input, maxPeople);
  if (!person) return rejectForm(submission, { formErrors: [peopleLimitMessage(maxPeople)], status: 403 });
  return redirectWithFlash(`/people/${person.id}`, { kind: "success", message: `${person.name} is added.` });
}

export default function NewPerson() {
  const { maxDate, atLimit, limitMessage } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="page narrow">
      <p className="eyebrow">
        <Link to="/people">People</Link>
      </p>
      <h1>Add a person</h1>
      {atLimit && !actionData ? (
        <p className="form-error" role="alert">
          {limitMessage} <Link to="/pricing">See the plans</Link> · <Link to="/people">Back to your people</Link>
        </p>
      ) : (
        <PersonForm id="person" maxDate={maxDate} lastResult={actionData?.result} submitLabel="Add person" />
      )}
    </div>
  );
}

export const ErrorBoundary = errorBoundary({ to: "/people", label: "Back to your people" });
