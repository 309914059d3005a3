import { sql, type Kysely } from "kysely";

/**
 * Account lifecycle: deactivation with a grace period, the purge's progress per account, a lease so
 * one process at a time runs a background job, and the only trace a deleted account leaves (a count per day).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Null while the account is active; set the moment its owner asks to delete it.
  await db.schema.alterTable("users").addColumn("deactivated_at", "integer").execute();

  await db.schema
    .createTable("account_deletions")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("requested_at", "integer", (c) => c.notNull())
    .addColumn("purge_after", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('scheduled', 'purging')`))
    .addColumn("tables_done", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("updated_at", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("account_deletions_due").on("account_deletions").column("purge_after").execute();

  await db.schema
    .createTable("job_leases")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("holder", "text", (c) => c.notNull())
    .addColumn("expires_at", "integer", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("deletion_stats")
    .addColumn("day", "text", (c) => c.primaryKey())
    .addColumn("deletions", "integer", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["deletion_stats", "job_leases", "account_deletions"]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable("users").dropColumn("deactivated_at").execute();
}
