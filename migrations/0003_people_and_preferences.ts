import { sql, type Kysely } from "kysely";

/**
 * The people in a user's life, and each user's numerology preferences (one row per user, created on first
 * save; no row = the engine's defaults). Both are owner-scoped and go with the account (cascade).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("people")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("birth_name", "text", (c) => c.notNull())
    .addColumn("birth_date", "text", (c) => c.notNull())
    .addColumn("gender", "text", (c) => c.check(sql`gender in ('male', 'female')`))
    .addColumn("relation", "text", (c) =>
      c.notNull().check(sql`relation in ('partner', 'child', 'parent', 'friend', 'colleague', 'other')`),
    )
    .addColumn("created_at", "integer", (c) => c.notNull())
    .addColumn("updated_at", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("people_user_id").on("people").columns(["user_id", "created_at"]).execute();

  await db.schema
    .createTable("user_preferences")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("system", "text", (c) => c.notNull().check(sql`system in ('pythagorean', 'chaldean')`))
    .addColumn("life_path_method", "text", (c) => c.notNull().check(sql`life_path_method in ('components', 'digits')`))
    .addColumn("name_method", "text", (c) => c.notNull().check(sql`name_method in ('per-name', 'total')`))
    .addColumn("y_mode", "text", (c) => c.notNull().check(sql`y_mode in ('auto', 'vowel', 'consonant')`))
    .addColumn("master_numbers", "text", (c) => c.notNull())
    .addColumn("gender", "text", (c) => c.check(sql`gender in ('male', 'female')`))
    .addColumn("updated_at", "integer", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("user_preferences").execute();
  await db.schema.dropTable("people").execute();
}
