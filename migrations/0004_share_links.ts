import { type Kysely } from "kysely";

/**
 * Share links: a public, revocable view of one report. Only the hash of the 256-bit token is
 * stored. The subject is the owner's own report (person_id null) or one of their people; the
 * link dies with either (cascade), and the flags say what the public page may show.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("share_links")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("person_id", "text", (c) => c.references("people.id").onDelete("cascade"))
    .addColumn("show_name", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("show_birth_date", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "integer", (c) => c.notNull())
    .addColumn("revoked_at", "integer")
    .execute();
  await db.schema.createIndex("share_links_user_id").on("share_links").columns(["user_id", "created_at"]).execute();
  await db.schema.createIndex("share_links_person_id").on("share_links").column("person_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("share_links").execute();
}
