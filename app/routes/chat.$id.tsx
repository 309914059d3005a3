import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ChatPanel } from "~/components/chat-panel";
import { ConversationActions } from "~/components/conversation-actions";
import { errorText } from "~/components/forms";
import { askSchema } from "~/forms/chat";
import { chatContext } from "~/server/chat/context.server";
import { conversationAction } from "~/server/chat/conversation-forms.server";
import { messagesLeftToday } from "~/server/chat/limits.server";
import { ask } from "~/server/chat/reply.server";
import { asUIMessages, getConversation, listMessages } from "~/server/chat/store.server";
import { suggestedQuestions } from "~/server/chat/suggestions";
import { getProfile } from "~/server/chat/tools.server";
import { readForm, rejectForm } from "~/server/http/forms.server";
import { invariantResponse } from "~/server/http/http.server";
import { requireOnboardedUser } from "~/server/session/session.server";
import { errorBoundary } from "~/components/error-page";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.conversation.title} · Guide · NumerAI` : "Guide · NumerAI" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireOnboardedUser(request);
  const conversation = await getConversation(user.id, params.id ?? "");
  invariantResponse(conversation, "Conversation not found");
  const [messages, context, left] = await Promise.all([
    listMessages(user.id, conversation.id),
    chatContext(user, conversation.person_id ?? "me"),
    messagesLeftToday(user),
  ]);
  const about = context.subjects.find((s) => s.key === context.aboutKey);
  return {
    conversation: {
      id: conversation.id,
      title: conversation.title,
      about: context.aboutKey === "me" ? "you" : (about?.name ?? "you"),
    },
    messages: asUIMessages(messages),
    suggestions: messages.length
      ? []
      : suggestedQuestions(
          getProfile(context, { personId: context.aboutKey }),
          context.subjects.filter((s) => s.key !== "me"),
        ),
    left,
  };
}

/** The no-JS question runs the same service as /api/chat, waits for the whole answer, and shows it. */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireOnboardedUser(request);
  const form = await readForm(request);
  const id = params.id ?? "";
  if (form.get("intent") !== "ask") return conversationAction(user, form, (to) => `/chat/${to}`);
  const outcome = await ask({ user, conversationId: id, text: form.get("text"), signal: request.signal });
  if (!outcome.ok) {
    invariantResponse(outcome.status !== 404, "Conversation not found");
    // ask() validates the text itself (it serves /api/chat too); the submission only shapes the reply.
    const submission = parseWithZod(form, { schema: askSchema });
    return rejectForm(
      submission,
      outcome.status === 400
        ? { fieldErrors: { text: [outcome.message] } }
        : { formErrors: [outcome.message], status: outcome.status },
    );
  }
  await outcome.stream.cancel();
  const answer = await outcome.saved;
  return redirect(`/chat/${id}#m-${answer.id}`);
}

export default function Conversation() {
  const { conversation, messages, suggestions, left } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>()?.result;
  return (
    <div className="page chat-page">
      <p className="eyebrow">
        <Link to="/chat">All conversations</Link> · About {conversation.about}
      </p>
      <h1>{conversation.title}</h1>
      <ChatPanel
        key={conversation.id}
        conversationId={conversation.id}
        initialMessages={messages}
        suggestions={suggestions}
        left={left}
        fieldError={errorText(result, "text")}
        formError={errorText(result)}
      />
      <ConversationActions
        id={conversation.id}
        title={conversation.title}
        action={`/chat/${conversation.id}`}
        result={result}
      />
    </div>
  );
}

export const ErrorBoundary = errorBoundary({ to: "/chat", label: "Back to your conversations" });
