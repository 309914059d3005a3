import { sql, type Kysely } from "kysely";

/**
 * Notifications (issue 13): the in-app centre, per type × channel preferences, quiet hours and the daily
 * reading's local time with its indexed "next due" instant, and web-push subscriptions.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("notifications")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("url", "text", (c) => c.notNull())
    // The notify() idempotency key: the same event never makes two notifications.
    .addColumn("dedupe_id", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "integer", (c) => c.notNull())
    .addColumn("read_at", "integer")
    .execute();
  await db.schema
    .createIndex("notifications_user_created")
    .on("notifications")
    .columns(["user_id", "created_at", "id"])
    .execute();
  // The badge's count reads only unread rows.
  await sql`create index notifications_user_unread on notifications (user_id) where read_at is null`.execute(db);
  await db.schema.createIndex("notifications_created").on("notifications").column("created_at").execute();

  await db.schema
    .createTable("notification_preferences")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("enabled", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("notification_preferences_pk", ["user_id", "type", "channel"])
    .execute();

  await db.schema
    .createTable("notification_settings")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("quiet_start", "text")
    .addColumn("quiet_end", "text")
    .addColumn("daily_time", "text", (c) => c.notNull().defaultTo("08:00"))
    // When the scheduler should next look at this user (null: no time zone or birth date yet).
    .addColumn("daily_next_due_at", "integer")
    // The local date of the last daily reading sent: never two for one day.
    .addColumn("daily_last_date", "text")
    .addColumn("updated_at", "integer", (c) => c.notNull())
    .execute();
  await sql`create index notification_settings_due on notification_settings (daily_next_due_at) where daily_next_due_at is not null`.execute(
    db,
  );
  // Everyone already onboarded is due for a look now; the scheduler works out their real time.
  await sql`insert into notification_settings (user_id, daily_next_due_at, updated_at)
    select id, 0, 0 from users where timezone is not null and birth_date is not null`.execute(db);

  await db.schema
    .createTable("push_subscriptions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("endpoint", "text", (c) => c.notNull().unique())
    .addColumn("p256dh", "text", (c) => c.notNull())
    .addColumn("auth", "text", (c) => c.notNull())
    .addColumn("user_agent", "text")
    .addColumn("created_at", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("push_subscriptions_user").on("push_subscriptions").column("user_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["push_subscriptions", "notification_settings", "notification_preferences", "notifications"]) {
    await db.schema.dropTable(table).execute();
  }
}
