import { sql, type Kysely } from "kysely";

/**
 * Billing (issue 12). Stripe is the source of truth; these rows are our copy of it, written by the webhook
 * and by the return from Checkout, keyed by Stripe's ids so any number of replays leaves one row each.
 * Every user table has `user_id`, so the data export and the purge find them without a list.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("billing_customers")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("stripe_customer_id", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "integer", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("billing_subscriptions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("plan", "text", (c) => c.notNull().check(sql`plan in ('basic', 'premium', 'elite')`))
    .addColumn("interval", "text", (c) => c.notNull().check(sql`interval in ('monthly', 'yearly')`))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("cancel_at_period_end", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("period_end_at", "integer")
    .addColumn("ended_at", "integer")
    /** When the Stripe state written here was read (ms): an older read never overwrites a newer one. */
    .addColumn("read_at", "integer", (c) => c.notNull())
    .addColumn("created_at", "integer", (c) => c.notNull())
    .addColumn("updated_at", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("billing_subscriptions_user").on("billing_subscriptions").column("user_id").execute();

  await db.schema
    .createTable("billing_invoices")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("subscription_id", "text")
    .addColumn("number", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("amount_due", "integer", (c) => c.notNull())
    .addColumn("amount_paid", "integer", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("hosted_invoice_url", "text")
    .addColumn("invoice_pdf", "text")
    .addColumn("payment_intent_id", "text")
    .addColumn("billing_reason", "text")
    .addColumn("issued_at", "integer", (c) => c.notNull())
    .addColumn("read_at", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("billing_invoices_user")
    .on("billing_invoices")
    .columns(["user_id", "issued_at"])
    .execute();
  await db.schema
    .createIndex("billing_invoices_payment_intent")
    .on("billing_invoices")
    .column("payment_intent_id")
    .execute();

  await db.schema
    .createTable("billing_refunds")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("invoice_id", "text", (c) => c.notNull())
    .addColumn("amount", "integer", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("reason", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("refunded_at", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("billing_refunds_invoice").on("billing_refunds").column("invoice_id").execute();

  // Each webhook event applied, recorded in the same transaction as its effect: a replay finds it and stops.
  await db.schema
    .createTable("stripe_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("processed_at", "integer", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "stripe_events",
    "billing_refunds",
    "billing_invoices",
    "billing_subscriptions",
    "billing_customers",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
