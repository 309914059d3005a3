/**
 * One question to the guide, for the JS route (streamed to useChat) and the no-JS form alike: validate,
 * check ownership and limits, save the question, stream the answer, and save the answer however the
 * stream ends (complete, stopped by the user or a dropped connection, or a provider error).
 */
import { randomUUID } from "node:crypto";
import type { LanguageModelV3 } from "@ai-sdk/provider";
import { APICallError, stepCountIs, streamText, type ModelMessage, type UIMessage, type UIMessageChunk } from "ai";
import { messageTextField, type Citation, type GuideUIMessage } from "~/forms/chat";
import type { User } from "~/server/db/db-schema";
import { getEnv } from "~/server/config/env.server";
import { getLogger } from "~/server/config/logger.server";
import { chatContext, type ChatContext } from "./context.server";
import { hitChatLimits } from "./limits.server";
import { guideModel } from "./model.server";
import {
  addMessage,
  conversationIdTaken,
  createConversation,
  deleteMessages,
  getConversation,
  listMessages,
  type StoredMessage,
} from "./store.server";
import { buildSystemPrompt } from "./system-prompt";
import { createChatTools, getProfile } from "./tools.server";

export type AskOutcome =
  | { ok: false; status: 400 | 404 | 429; message: string }
  | {
      ok: true;
      conversationId: string;
      /** The answer as UI message chunks, for `createUIMessageStreamResponse`. */
      stream: ReadableStream<UIMessageChunk>;
      /** The saved answer, once the stream has ended in any way. */
      saved: Promise<StoredMessage>;
    };

export interface AskInput {
  user: User;
  conversationId: string;
  text: unknown;
  /** useChat may start a conversation with an id of its own; the form always posts to an existing one. */
  createIfMissing?: boolean;
  signal?: AbortSignal;
  model?: LanguageModelV3;
  now?: Date;
}

/** The guide's view of the chart: the conversation's subject, and the user too when it is about someone else. */
export function systemPromptFor(context: ChatContext): string {
  const keys = context.aboutKey === "me" ? ["me"] : [context.aboutKey, "me"];
  const charts = keys
    .filter((key) => context.subjects.some((s) => s.key === key))
    .map((key) => getProfile(context, { personId: key }));
  return buildSystemPrompt({
    userName: context.user.name,
    today: context.today,
    timeZone: context.timeZone,
    subjects: context.subjects,
    aboutKey: context.aboutKey,
    charts,
  });
}

/**
 * The model at work on one turn: our system prompt, the owner's tools, a few tool rounds at most. No
 * retries: a failed answer is saved as such and the person can ask again.
 */
export function runGuide(options: {
  model: LanguageModelV3;
  context: ChatContext;
  messages: ModelMessage[];
  onCite?: (cite: Citation[]) => void;
  abortSignal?: AbortSignal;
}) {
  return streamText({
    model: options.model,
    system: systemPromptFor(options.context),
    messages: options.messages,
    tools: createChatTools(options.context, options.onCite),
    stopWhen: stepCountIs(5),
    maxRetries: 0,
    abortSignal: options.abortSignal,
    onError: ({ error }) => getLogger().warn({ err: error }, "AI model failed"),
  });
}

/** Earlier turns as the model sees them: what was said, never a failed attempt. */
function historyOf(messages: StoredMessage[]): ModelMessage[] {
  return messages
    .filter((m) => m.status !== "error" && m.text.trim() !== "")
    .map((m) => (m.role === "user" ? { role: "user", content: m.text } : { role: "assistant", content: m.text }));
}

/** A provider failure in words a person can act on; the details go to the log, not the page. */
export function providerErrorMessage(error: unknown, timedOut: boolean): string {
  const retry = "Your question is saved: try again in a moment.";
  if (timedOut) return `The AI model took too long to answer. ${retry}`;
  const status = APICallError.isInstance(error)
    ? error.statusCode
    : APICallError.isInstance((error as { lastError?: unknown })?.lastError)
      ? (error as { lastError: APICallError }).lastError.statusCode
      : undefined;
  if (status === 401 || status === 403)
    return `The AI model refused the site's key (HTTP ${status}), so it can't answer right now. ${retry}`;
  if (status === 429) return `The AI model is busy (HTTP 429). ${retry}`;
  if (status !== undefined && status >= 500) return `The AI model had a problem (HTTP ${status}). ${retry}`;
  if (status !== undefined) return `The AI model turned the question down (HTTP ${status}). ${retry}`;
  return `The AI model couldn't be reached. ${retry}`;
}

const textOf = (message: UIMessage) =>
  message.parts
    .filter((p) => p.type === "text")
    .map((p) => p.text)
    .join("");

function uniqueCitations(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => !seen.has(c.href) && seen.add(c.href));
}

/**
 * A retry of the last question reuses it (its failed answers are dropped); anything else is a new question.
 * Returns the turns before the question.
 */
async function saveQuestion(userId: string, conversationId: string, text: string, history: StoredMessage[]) {
  const lastQuestion = history.findLastIndex((m) => m.role === "user");
  const after = history.slice(lastQuestion + 1);
  if (lastQuestion >= 0 && history[lastQuestion].text === text && after.every((m) => m.status === "error")) {
    await deleteMessages(
      userId,
      conversationId,
      after.map((m) => m.id),
    );
    return history.slice(0, lastQuestion);
  }
  await addMessage(userId, conversationId, { role: "user", text });
  return history;
}

export async function ask(input: AskInput): Promise<AskOutcome> {
  const { user, conversationId, now = new Date() } = input;
  const parsed = messageTextField.safeParse(input.text);
  if (!parsed.success) return { ok: false, status: 400, message: parsed.error.issues[0].message };
  const text = parsed.data;

  let conversation = await getConversation(user.id, conversationId);
  if (!conversation) {
    if (!input.createIfMissing || (await conversationIdTaken(conversationId)))
      return { ok: false, status: 404, message: "Conversation not found" };
    conversation = await createConversation(user.id, { id: conversationId });
  }
  const overLimit = await hitChatLimits(user, now);
  if (overLimit) return { ok: false, status: 429, message: overLimit };

  const history = await listMessages(user.id, conversation.id);
  const earlier = await saveQuestion(user.id, conversation.id, text, history);
  const context = await chatContext(user, conversation.person_id ?? "me", now);
  const cited: Citation[] = [];
  const timeout = AbortSignal.timeout(getEnv().AI_TIMEOUT_MS);
  const abortSignal = input.signal ? AbortSignal.any([input.signal, timeout]) : timeout;

  const result = runGuide({
    model: input.model ?? guideModel(),
    context,
    messages: [...historyOf(earlier), { role: "user", content: text }],
    onCite: (cite) => cited.push(...cite),
    abortSignal,
  });

  let failure: string | null = null;
  let resolveSaved!: (message: StoredMessage) => void;
  let rejectSaved!: (error: unknown) => void;
  const saved = new Promise<StoredMessage>((resolve, reject) => {
    resolveSaved = resolve;
    rejectSaved = reject;
  });
  const uiStream = result.toUIMessageStream<GuideUIMessage>({
    generateMessageId: randomUUID,
    messageMetadata: ({ part }) =>
      part.type === "finish" ? { citations: uniqueCitations(cited), status: "complete" } : undefined,
    // The first error is the provider's; what follows only reports that no answer came.
    onError: (error) => (failure ??= providerErrorMessage(error, timeout.aborted && !input.signal?.aborted)),
    onFinish: async ({ responseMessage, isAborted }) => {
      try {
        const partial = textOf(responseMessage);
        const stopped = isAborted || abortSignal.aborted;
        const timedOut = stopped && timeout.aborted && !input.signal?.aborted;
        if (timedOut) failure ??= providerErrorMessage(null, true);
        const message = await addMessage(user.id, conversation.id, {
          id: responseMessage.id || undefined,
          role: "assistant",
          text: failure ? (partial ? `${partial}\n\n${failure}` : failure) : partial,
          citations: failure ? [] : uniqueCitations(cited),
          status: failure ? "error" : stopped ? "stopped" : "complete",
        });
        resolveSaved(message!);
      } catch (error) {
        rejectSaved(error);
      }
    },
  });

  // One branch goes to the client; the server drains the other, so the answer is saved even when the
  // client goes away mid-stream (its request signal then stops the model).
  const [toClient, toServer] = uiStream.tee();
  void drain(toServer).catch(rejectSaved);
  return { ok: true, conversationId: conversation.id, stream: toClient, saved };
}

async function drain(stream: ReadableStream<unknown>) {
  const reader = stream.getReader();
  while (!(await reader.read()).done);
}
