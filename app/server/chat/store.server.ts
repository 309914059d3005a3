/**
 * Conversations and messages. Every function takes the owner's id and puts it in the where clause (messages
 * through their conversation): another user's conversation is indistinguishable from a missing one.
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { ChatMessageStatus, ChatRole, Citation, GuideUIMessage } from "~/forms/chat";
import type { ChatConversation } from "~/server/db/db-schema";
import { getDb } from "~/server/db/db.server";

export const DEFAULT_TITLE = "New conversation";
const TITLE_FROM_QUESTION = 60;

export interface ConversationSummary {
  id: string;
  title: string;
  personId: string | null;
  personName: string | null;
  updatedAt: number;
}

export interface StoredMessage {
  id: string;
  role: ChatRole;
  text: string;
  citations: Citation[];
  status: ChatMessageStatus;
  createdAt: number;
}

export async function listConversations(ownerId: string): Promise<ConversationSummary[]> {
  const rows = await getDb()
    .selectFrom("chat_conversations as c")
    .leftJoin("people as p", (join) => join.onRef("p.id", "=", "c.person_id").on("p.user_id", "=", ownerId))
    .select(["c.id", "c.title", "c.person_id", "c.updated_at", "p.name as person_name"])
    .where("c.user_id", "=", ownerId)
    .orderBy("c.updated_at", "desc")
    .orderBy("c.id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    personId: r.person_id,
    personName: r.person_name,
    updatedAt: r.updated_at,
  }));
}

export async function getConversation(ownerId: string, id: string): Promise<ChatConversation | undefined> {
  return getDb()
    .selectFrom("chat_conversations")
    .selectAll()
    .where("user_id", "=", ownerId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Whether anyone holds this id: a new id from useChat may only create a conversation nobody has. */
export async function conversationIdTaken(id: string): Promise<boolean> {
  const row = await getDb().selectFrom("chat_conversations").select("id").where("id", "=", id).executeTakeFirst();
  return row !== undefined;
}

export async function createConversation(
  ownerId: string,
  options: { id?: string; personId?: string | null; title?: string } = {},
): Promise<ChatConversation> {
  const now = Date.now();
  const conversation: ChatConversation = {
    id: options.id ?? randomUUID(),
    user_id: ownerId,
    person_id: options.personId ?? null,
    title: options.title ?? DEFAULT_TITLE,
    created_at: now,
    updated_at: now,
  };
  await getDb().insertInto("chat_conversations").values(conversation).execute();
  return conversation;
}

export async function renameConversation(ownerId: string, id: string, title: string): Promise<boolean> {
  const result = await getDb()
    .updateTable("chat_conversations")
    .set({ title, updated_at: Date.now() })
    .where("user_id", "=", ownerId)
    .where("id", "=", id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Deletes the conversation and (cascade) its messages. */
export async function deleteConversation(ownerId: string, id: string): Promise<boolean> {
  const result = await getDb()
    .deleteFrom("chat_conversations")
    .where("user_id", "=", ownerId)
    .where("id", "=", id)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

const ownedConversation = (ownerId: string, conversationId: string) =>
  getDb().selectFrom("chat_conversations").select("id").where("user_id", "=", ownerId).where("id", "=", conversationId);

/** Oldest first; rows written in the same millisecond keep their insertion order. */
export async function listMessages(ownerId: string, conversationId: string): Promise<StoredMessage[]> {
  const rows = await getDb()
    .selectFrom("chat_messages")
    .selectAll()
    .where("conversation_id", "in", ownedConversation(ownerId, conversationId))
    .orderBy("created_at")
    .orderBy(sql`rowid`)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    text: r.text,
    citations: parseCitations(r.citations),
    status: r.status,
    createdAt: r.created_at,
  }));
}

function parseCitations(json: string): Citation[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as Citation[]) : [];
  } catch {
    return [];
  }
}

export interface NewMessage {
  id?: string;
  role: ChatRole;
  text: string;
  citations?: Citation[];
  status?: ChatMessageStatus;
}

/**
 * Appends a message to one of the owner's conversations and touches it; a first question also titles a
 * conversation that still has the default title. Returns null when the conversation is not the owner's.
 */
export async function addMessage(
  ownerId: string,
  conversationId: string,
  message: NewMessage,
): Promise<StoredMessage | null> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const conversation = await trx
        .selectFrom("chat_conversations")
        .select(["id", "title"])
        .where("user_id", "=", ownerId)
        .where("id", "=", conversationId)
        .executeTakeFirst();
      if (!conversation) return null;
      const stored: StoredMessage = {
        id: message.id ?? randomUUID(),
        role: message.role,
        text: message.text,
        citations: message.citations ?? [],
        status: message.status ?? "complete",
        createdAt: Date.now(),
      };
      await trx
        .insertInto("chat_messages")
        .values({
          id: stored.id,
          conversation_id: conversationId,
          role: stored.role,
          text: stored.text,
          citations: JSON.stringify(stored.citations),
          status: stored.status,
          created_at: stored.createdAt,
        })
        .execute();
      const retitle = message.role === "user" && conversation.title === DEFAULT_TITLE;
      await trx
        .updateTable("chat_conversations")
        .set(
          retitle ? { updated_at: stored.createdAt, title: titleFrom(message.text) } : { updated_at: stored.createdAt },
        )
        .where("id", "=", conversationId)
        .execute();
      return stored;
    });
}

function titleFrom(question: string): string {
  const line = question.replace(/\s+/g, " ").trim();
  return line.length <= TITLE_FROM_QUESTION ? line : `${line.slice(0, TITLE_FROM_QUESTION - 1).trimEnd()}…`;
}

/** Removes messages of the owner's conversation by id (a failed answer replaced by a retry). */
export async function deleteMessages(ownerId: string, conversationId: string, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await getDb()
    .deleteFrom("chat_messages")
    .where("conversation_id", "in", ownedConversation(ownerId, conversationId))
    .where("id", "in", ids)
    .execute();
}

/** Stored messages in the shape useChat starts from. */
export function asUIMessages(messages: StoredMessage[]): GuideUIMessage[] {
  return messages.map((m) => ({
    id: m.id,
    role: m.role,
    parts: [{ type: "text", text: m.text }],
    metadata: { citations: m.citations, status: m.status },
  }));
}
