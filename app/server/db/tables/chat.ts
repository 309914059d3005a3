import type { Generated } from "kysely";
import type { ChatMessageStatus, ChatRole } from "~/forms/chat";

/** A conversation with the AI guide (migration 0005); person_id null: about the user. */
export interface ChatConversationsTable {
  id: string;
  user_id: string;
  person_id: string | null;
  title: string;
  created_at: number;
  updated_at: number;
}

/** One message of a conversation; `citations` is a JSON array of { label, href }. */
export interface ChatMessagesTable {
  id: string;
  conversation_id: string;
  role: ChatRole;
  text: string;
  citations: Generated<string>;
  status: ChatMessageStatus;
  created_at: number;
}

/** The AI guide's conversations. */
export interface ChatTables {
  chat_conversations: ChatConversationsTable;
  chat_messages: ChatMessagesTable;
}
