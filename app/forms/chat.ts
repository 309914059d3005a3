import type { UIMessage } from "ai";
import { z } from "zod";

/** The AI guide's domain lists and input schemas, shared by the form, the API route and the database types. */
export const CHAT_ROLES = ["user", "assistant"] as const;
export type ChatRole = (typeof CHAT_ROLES)[number];

/** complete: a whole answer; stopped: cut short (Stop, a dropped connection); error: the provider failed. */
export const MESSAGE_STATUSES = ["complete", "stopped", "error"] as const;
export type ChatMessageStatus = (typeof MESSAGE_STATUSES)[number];

export const MAX_MESSAGE_LENGTH = 2000;
export const MAX_TITLE_LENGTH = 80;

export const messageTextField = z
  .string({ error: "Write a question first." })
  .trim()
  .min(1, "Write a question first.")
  .max(MAX_MESSAGE_LENGTH, `Keep your question under ${MAX_MESSAGE_LENGTH.toLocaleString("en")} characters.`);

/** The conversation page's form (no JS) and the text useChat sends (JS). */
export const askSchema = z.object({ text: messageTextField });

export const newConversationSchema = z.object({ about: z.string().trim().default("me") });

export const renameSchema = z.object({
  title: z
    .string({ error: "Give the conversation a title." })
    .trim()
    .min(1, "Give the conversation a title.")
    .max(MAX_TITLE_LENGTH, `Use at most ${MAX_TITLE_LENGTH} characters.`),
});

/** Conversation ids: server-made UUIDs, or an id useChat made for a new conversation. */
export const conversationIdField = z.string().regex(/^[\w-]{8,64}$/, "Not a conversation id.");

/** A link an answer used: "Life Path 4" → "/report#rd-lifePath". */
export const citationSchema = z.object({ label: z.string(), href: z.string() });
export type Citation = z.infer<typeof citationSchema>;

/** What the guide attaches to each answer (sent at the end of a stream, stored with the message). */
export interface ChatMessageMetadata {
  citations?: Citation[];
  status?: ChatMessageStatus;
}

/** A message as useChat holds it, with our metadata. */
export type GuideUIMessage = UIMessage<ChatMessageMetadata>;

const uiPart = z.looseObject({ type: z.string() });

/**
 * The body `useChat` (DefaultChatTransport) posts: `{ id, messages, trigger?, messageId? }`. Only the last
 * message is read (the user's new text); the history comes from the database, never from the client.
 */
export const chatRequestSchema = z.looseObject({
  id: conversationIdField,
  messages: z
    .array(z.looseObject({ id: z.string(), role: z.enum(["system", "user", "assistant"]), parts: z.array(uiPart) }))
    .min(1),
  trigger: z.enum(["submit-message", "regenerate-message"]).optional(),
});

/** The text of the request's last message, or null when it is not a user message with text. */
export function lastUserText(body: z.infer<typeof chatRequestSchema>): string | null {
  const last = body.messages[body.messages.length - 1];
  if (last.role !== "user") return null;
  const texts = last.parts.filter((p) => p.type === "text" && typeof p.text === "string").map((p) => p.text as string);
  return texts.length ? texts.join("\n") : null;
}
