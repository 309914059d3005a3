/**
 * `npm run job:purge`: one pass of the account purge job, for cron or by hand. The running app does the
 * same every hour; the database lease makes it safe to run both at once.
 */
import { closeDb, getDb, migrateToLatest } from "../app/server/db/db.server";
import { ConfigError } from "../app/server/config/env.server";
import { runPurgeJob } from "../app/server/privacy/purge.server";

try {
  await migrateToLatest(getDb());
  const run = await runPurgeJob();
  console.log(
    run.ran
      ? `purge: ${run.purged} account(s) deleted${run.failed ? `, ${run.failed} failed (will be retried)` : ""}`
      : "purge: another process holds the lease; nothing to do",
  );
  process.exitCode = run.failed ? 1 : 0;
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeDb();
}
