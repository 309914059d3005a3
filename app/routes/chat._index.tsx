import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ConversationActions } from "~/components/conversation-actions";
import { errorText, FormErrors, SelectOptions } from "~/components/forms";
import { newConversationSchema } from "~/forms/chat";
import { formatInstant } from "~/lib/dates/instants";
import { conversationAction } from "~/server/chat/conversation-forms.server";
import { createConversation, listConversations } from "~/server/chat/store.server";
import { readForm, rejectForm } from "~/server/http/forms.server";
import { invariantResponse } from "~/server/http/http.server";
import { getPreferences, subjectLabel, subjectsFor } from "~/server/readings/readings.server";
import { requireOnboardedUser } from "~/server/session/session.server";
import { errorBoundary } from "~/components/error-page";

export const meta: MetaFunction = () => [{ title: "Guide · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireOnboardedUser(request);
  const [conversations, subjects] = await Promise.all([
    listConversations(user.id),
    getPreferences(user.id).then((prefs) => subjectsFor(user, prefs)),
  ]);
  const timeZone = user.timezone ?? "UTC";
  return {
    conversations: conversations.map((c) => ({
      id: c.id,
      title: c.title,
      about: c.personName ?? "you",
      updated: formatInstant(c.updatedAt, timeZone),
    })),
    choices: subjects.map((s) => ({ value: s.key, label: subjectLabel(s) })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireOnboardedUser(request);
  const form = await readForm(request);
  if (form.get("intent") !== "new") return conversationAction(user, form, () => "/chat");
  const submission = parseWithZod(form, { schema: newConversationSchema });
  if (submission.status !== "success")
    return rejectForm(submission, { fieldErrors: { about: ["Choose who the conversation is about."] } });
  const { about } = submission.value;
  const subjects = await subjectsFor(user, await getPreferences(user.id));
  invariantResponse(
    subjects.some((s) => s.key === about),
    "Person not found",
  );
  const conversation = await createConversation(user.id, { personId: about === "me" ? null : about });
  return redirect(`/chat/${conversation.id}`);
}

export default function ChatIndex() {
  const { conversations, choices } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>()?.result;
  const aboutError = result?.initialValue?.intent === "new" ? errorText(result, "about") : null;
  return (
    <div className="page">
      <h1>Your numerology guide</h1>
      <p className="lede">
        Ask about your numbers, your days and the people in your life. Answers come from your own chart and link to
        where each number is explained.
      </p>
      <FormErrors result={result} />
      <Form method="post" className="card chat-new">
        <input type="hidden" name="intent" value="new" />
        <div className="field">
          <label htmlFor="about">About</label>
          <select
            id="about"
            name="about"
            defaultValue="me"
            aria-invalid={aboutError ? true : undefined}
            aria-describedby="about-error"
          >
            <SelectOptions options={choices} />
          </select>
          <p className="field-error" id="about-error" aria-live="polite">
            {aboutError}
          </p>
        </div>
        <button type="submit" className="button">
          New conversation
        </button>
      </Form>
      <h2>Conversations</h2>
      {conversations.length ? (
        <ul className="chat-list">
          {conversations.map((c) => (
            <li key={c.id} className="card">
              <p className="chat-list__title">
                <Link to={`/chat/${c.id}`}>{c.title}</Link>
              </p>
              <p className="muted small">
                About {c.about} · {c.updated}
              </p>
              <ConversationActions id={c.id} title={c.title} action="/chat?index" result={result} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No conversations yet. Start one above.</p>
      )}
    </div>
  );
}

export const ErrorBoundary = errorBoundary({ to: "/chat", label: "Back to your conversations" });
