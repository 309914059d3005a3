import { sql, type Kysely } from "kysely";

/**
 * The AI guide's conversations and their messages. A conversation belongs to a user and may be about one
 * of their people (it goes with that person, as share links do); messages go with their conversation.
 * `citations` is a JSON array of { label, href } links to the report sections an answer used.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("chat_conversations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("person_id", "text", (c) => c.references("people.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("created_at", "integer", (c) => c.notNull())
    .addColumn("updated_at", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("chat_conversations_user_id")
    .on("chat_conversations")
    .columns(["user_id", "updated_at"])
    .execute();

  await db.schema
    .createTable("chat_messages")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("conversation_id", "text", (c) => c.notNull().references("chat_conversations.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('user', 'assistant')`))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("citations", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('complete', 'stopped', 'error')`))
    .addColumn("created_at", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("chat_messages_conversation_id")
    .on("chat_messages")
    .columns(["conversation_id", "created_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("chat_messages").execute();
  await db.schema.dropTable("chat_conversations").execute();
}
