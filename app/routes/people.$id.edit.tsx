import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { PersonForm } from "~/components/person-form";
import { readForm, rejectForm } from "~/server/http/forms.server";
import { invariantResponse, redirectWithFlash } from "~/server/http/http.server";
import { getPerson, updatePerson } from "~/server/people/people.server";
import { parsePersonForm, personDefaults } from "~/server/people/person-form.server";
import { todayFor } from "~/server/readings/readings.server";
import { requireUser } from "~/server/session/session.server";
import { errorBoundary } from "~/components/error-page";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Edit ${data.name} · NumerAI` : "Edit · NumerAI" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const person = await getPerson(user.id, params.id ?? "");
  invariantResponse(person, "Person not found");
  return { id: person.id, name: person.name, defaults: personDefaults(person), maxDate: todayFor(user) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = params.id ?? "";
  invariantResponse(await getPerson(user.id, id), "Person not found");
  const { submission, input, fieldErrors } = parsePersonForm(await readForm(request), todayFor(user));
  if (!input) return rejectForm(submission, { fieldErrors });
  invariantResponse(await updatePerson(user.id, id, input), "Person not found");
  return redirectWithFlash(`/people/${id}`, { kind: "success", message: `${input.name} is saved.` });
}

export default function EditPerson() {
  const { id, name, defaults, maxDate } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="page narrow">
      <p className="eyebrow">
        <Link to="/people">People</Link> · <Link to={`/people/${id}`}>{name}</Link>
      </p>
      <h1>Edit {name}</h1>
      <PersonForm
        id="person"
        maxDate={maxDate}
        lastResult={actionData?.result}
        defaults={defaults}
        submitLabel="Save changes"
      />
      <p>
        <Link to={`/people/${id}/delete`}>Delete {name}…</Link>
      </p>
    </div>
  );
}

export const ErrorBoundary = errorBoundary({ to: "/people", label: "Back to your people" });
