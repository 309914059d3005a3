import type { ActionFunctionArgs } from "@remix-run/node";
import { createUIMessageStreamResponse } from "ai";
import { chatRequestSchema, lastUserText } from "~/forms/chat";
import { ask } from "~/server/chat/reply.server";
import { getCurrentSession, hasBirthProfile } from "~/server/session/session.server";

const plain = (status: number, message: string, headers: Record<string, string> = {}) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...headers } });

export const loader = () => plain(405, "POST a chat request here.", { Allow: "POST" });

/**
 * POST /api/chat: the body useChat sends (`{ id, messages }`); answers with the UI message stream. The
 * error texts are what useChat shows the person, so they are written for them.
 */
export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return plain(405, "POST a chat request here.", { Allow: "POST" });
  const current = await getCurrentSession(request);
  if (!current) return plain(401, "Your session has ended: please log in again.");
  if (!hasBirthProfile(current.user)) return plain(409, "Add your birth details first: the guide reads your chart.");
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return plain(400, "The request body must be JSON.");
  }
  const parsed = chatRequestSchema.safeParse(body);
  if (!parsed.success) return plain(400, "That is not a chat request: send { id, messages }.");
  const text = lastUserText(parsed.data);
  if (text === null) return plain(400, "The last message must be your question.");
  const outcome = await ask({
    user: current.user,
    conversationId: parsed.data.id,
    text,
    createIfMissing: true,
    signal: request.signal,
  });
  if (!outcome.ok) return plain(outcome.status, outcome.message);
  return createUIMessageStreamResponse({ stream: outcome.stream });
}
