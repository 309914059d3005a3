import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { SubmitButton } from "~/components/forms";
import { invariantResponse, redirectWithFlash } from "~/server/http/http.server";
import { deletePerson, getPerson } from "~/server/people/people.server";
import { requireUser } from "~/server/session/session.server";
import { errorBoundary } from "~/components/error-page";

export const meta: MetaFunction = () => [{ title: "Delete a person · NumerAI" }];

/** GET asks, POST deletes: no JavaScript confirm() needed, and no GET changes anything. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const person = await getPerson(user.id, params.id ?? "");
  invariantResponse(person, "Person not found");
  return { id: person.id, name: person.name };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const person = await getPerson(user.id, params.id ?? "");
  invariantResponse(person && (await deletePerson(user.id, person.id)), "Person not found");
  return redirectWithFlash("/people", { kind: "success", message: `${person.name} is deleted.` });
}

export default function DeletePerson() {
  const { id, name } = useLoaderData<typeof loader>();
  return (
    <div className="page narrow">
      <h1>Delete {name}?</h1>
      <p>Their details and report will be gone for good. Your own numbers are not affected.</p>
      <Form method="post" className="actions">
        <SubmitButton pendingLabel="Deleting…">Delete {name}</SubmitButton>
        <Link to={`/people/${id}`} className="button button--ghost">
          Keep {name}
        </Link>
      </Form>
    </div>
  );
}

export const ErrorBoundary = errorBoundary({ to: "/people", label: "Back to your people" });
