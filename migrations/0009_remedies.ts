import { sql, type Kysely } from "kysely";

/**
 * Remedies a user tracks and their daily check-ins. A tracking is kept when it stops (history stays);
 * tracking the same remedy again resumes it. `reminder_next_at` is the next instant a reminder is due
 * (null: no reminder or stopped), indexed so the reminder job reads only what is due.
 * A check-in is one per tracking and local day: the same day twice updates it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("remedy_trackings")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("remedy_id", "text", (c) => c.notNull())
    .addColumn("started_on", "text", (c) => c.notNull())
    .addColumn("stopped_at", "integer")
    .addColumn("reminder_time", "text")
    .addColumn("reminder_days", "text")
    .addColumn("reminder_next_at", "integer")
    .addColumn("created_at", "integer", (c) => c.notNull())
    .addColumn("updated_at", "integer", (c) => c.notNull())
    .addUniqueConstraint("remedy_trackings_user_remedy", ["user_id", "remedy_id"])
    .execute();
  await db.schema
    .createIndex("remedy_trackings_reminder_due")
    .on("remedy_trackings")
    .column("reminder_next_at")
    .where(sql.ref("reminder_next_at"), "is not", null)
    .execute();

  await db.schema
    .createTable("remedy_check_ins")
    .addColumn("tracking_id", "text", (c) => c.notNull().references("remedy_trackings.id").onDelete("cascade"))
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("done", "integer", (c) => c.notNull().check(sql`done in (0, 1)`))
    .addColumn("rating", "integer", (c) => c.check(sql`rating between 1 and 5`))
    .addColumn("mood_before", "text")
    .addColumn("mood_after", "text")
    .addColumn("note", "text")
    .addColumn("created_at", "integer", (c) => c.notNull())
    .addColumn("updated_at", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("remedy_check_ins_pk", ["tracking_id", "date"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("remedy_check_ins").execute();
  await db.schema.dropTable("remedy_trackings").execute();
}
