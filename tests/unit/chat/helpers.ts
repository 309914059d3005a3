import type { LanguageModelV3 } from "@ai-sdk/provider";
import { ask, type AskInput } from "~/server/chat/reply.server";
import { getUserById } from "~/server/accounts/users.server";

/** Asks through the reply service as the routes do, reads the whole client stream, and returns the saved answer. */
export async function askAndWait(
  userId: string,
  conversationId: string,
  text: unknown,
  options: Partial<AskInput> & { model?: LanguageModelV3 } = {},
) {
  const user = (await getUserById(userId))!;
  const outcome = await ask({ user, conversationId, text, ...options });
  if (!outcome.ok) return { outcome, chunks: [], saved: null };
  const chunks: Array<{ type: string; [key: string]: unknown }> = [];
  const reader = outcome.stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value as { type: string });
  }
  return { outcome, chunks, saved: await outcome.saved };
}

/** The body DefaultChatTransport posts for a new question. */
export const chatBody = (id: string, text: string) => ({
  id,
  messages: [{ id: "msg-1", role: "user", parts: [{ type: "text", text }] }],
  trigger: "submit-message",
});
