import { sql, type Kysely } from "kysely";
import { deleteStripeCustomer } from "~/server/billing/manage.server";
import type { Database } from "~/server/db/db-schema";
import { getDb } from "~/server/db/db.server";
import { acquireLease, newHolder, releaseLease } from "~/server/jobs/lease.server";
import { getLogger } from "~/server/config/logger.server";
import { ownedRowsCondition, referenceCondition, userDataPlan } from "./user-tables.server";

/**
 * Deletes accounts whose grace period is over, for good. Every step is an idempotent delete, so a purge
 * that dies halfway simply runs again; the `users` row goes last, in the same transaction that counts the
 * deletion, so an account is either still there (and will be retried) or entirely gone and counted once.
 */

export const PURGE_JOB = "purge-accounts";
const LEASE_MS = 5 * 60 * 1000;
const BATCH = 100;

export interface PurgeOptions {
  db?: Kysely<Database>;
  now?: () => number;
  /** Test seam: runs after each table is emptied (a throw here stands in for a crash between tables). */
  afterTable?: (table: string) => void | Promise<void>;
}

export type PurgeOutcome = "purged" | "skipped";

/** UTC day of an instant, the granularity of the deletion count. */
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Rate-limit keys end with the account's email or id (`reset:<email>`, `export:<id>`): they go too. */
async function deleteRateLimitKeys(db: Kysely<Database>, suffixes: string[]) {
  for (const suffix of suffixes) {
    const tail = `:${suffix}`;
    await db
      .deleteFrom("rate_limits")
      .where(sql<boolean>`substr(key, -length(${tail})) = ${tail}`)
      .execute();
  }
}

/** Progress is informative only (every step is redone safely), so an unreadable record starts afresh. */
function tablesDone(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === "string") : [];
  } catch {
    return [];
  }
}

/** Purges one account if it is due (or already being purged). Safe to call again after a failure. */
export async function purgeAccount(userId: string, options: PurgeOptions = {}): Promise<PurgeOutcome> {
  const db = options.db ?? getDb();
  const now = options.now?.() ?? Date.now();
  const claimed = await db
    .updateTable("account_deletions")
    .set({ status: "purging", updated_at: now })
    .where("user_id", "=", userId)
    .where("purge_after", "<=", now)
    // Only ever an account its owner deactivated: an active account's rows are never touched.
    .where((eb) =>
      eb.exists(eb.selectFrom("users").select("id").where("id", "=", userId).where("deactivated_at", "is not", null)),
    )
    .returning("tables_done")
    .executeTakeFirst();
  if (!claimed) return "skipped";
  // Before our rows go: the customer id is how we find it in Stripe.
  await deleteStripeCustomer(db, userId);

  const plan = await userDataPlan(db);
  for (const reference of plan.references) {
    await sql`update ${sql.table(reference.table)} set ${sql.ref(reference.column)} = null where ${referenceCondition(plan, reference, userId)}`.execute(
      db,
    );
  }
  const done = new Set<string>(tablesDone(claimed.tables_done));
  for (const table of plan.owned) {
    // The progress row itself goes with the users row, at the very end.
    if (table.name === "account_deletions") continue;
    await sql`delete from ${sql.table(table.name)} where ${ownedRowsCondition(plan, table.name, userId)}`.execute(db);
    done.add(table.name);
    await db
      .updateTable("account_deletions")
      .set({ tables_done: JSON.stringify([...done]), updated_at: now })
      .where("user_id", "=", userId)
      .execute();
    await options.afterTable?.(table.name);
  }

  const user = await db.selectFrom("users").select("email").where("id", "=", userId).executeTakeFirst();
  await db.transaction().execute(async (trx) => {
    await deleteRateLimitKeys(trx, user ? [user.email, userId] : [userId]);
    await trx.deleteFrom("account_deletions").where("user_id", "=", userId).execute();
    const removed = await trx
      .deleteFrom("users")
      .where("id", "=", userId)
      .where("deactivated_at", "is not", null)
      .executeTakeFirst();
    if (removed.numDeletedRows === 0n) return;
    await trx
      .insertInto("deletion_stats")
      .values({ day: dayOf(now), deletions: 1 })
      .onConflict((oc) => oc.column("day").doUpdateSet({ deletions: sql`deletion_stats.deletions + 1` }))
      .execute();
  });
  return "purged";
}

export interface PurgeRun {
  /** False when another process holds the lease. */
  ran: boolean;
  purged: number;
  failed: number;
}

/** One pass of the job: purge every due account while holding the lease. */
export async function runPurgeJob(options: PurgeOptions & { holder?: string } = {}): Promise<PurgeRun> {
  const db = options.db ?? getDb();
  const clock = options.now ?? Date.now;
  const holder = options.holder ?? newHolder();
  const run: PurgeRun = { ran: false, purged: 0, failed: 0 };
  if (!(await acquireLease(db, PURGE_JOB, holder, clock(), LEASE_MS))) return run;
  run.ran = true;
  try {
    const due = await db
      .selectFrom("account_deletions")
      .select("user_id")
      .where("purge_after", "<=", clock())
      .orderBy("purge_after")
      .limit(BATCH)
      .execute();
    for (const { user_id } of due) {
      // Renewing proves we still hold the lease; if it lapsed and someone took over, stop and leave the rest to them.
      if (!(await acquireLease(db, PURGE_JOB, holder, clock(), LEASE_MS))) break;
      try {
        if ((await purgeAccount(user_id, { ...options, db })) === "purged") run.purged += 1;
      } catch (error) {
        run.failed += 1;
        getLogger().error({ err: error, job: PURGE_JOB }, "account purge failed; it will be retried");
      }
    }
  } finally {
    await releaseLease(db, PURGE_JOB, holder);
  }
  if (run.purged || run.failed) getLogger().info({ job: PURGE_JOB, ...run }, "purge job finished");
  return run;
}
