/**
 * `npm run outbox`: the outbox's dead letters (work set aside after its last failed attempt), for
 * operators; `npm run outbox -- retry <id>` queues one again once its cause is fixed.
 */
import { closeDb, getDb, migrateToLatest } from "../app/server/db/db.server";
import { ConfigError } from "../app/server/config/env.server";
import { listDeadLetters, requeueDeadLetter } from "../app/server/outbox/dead-letters.server";

const [command, id] = process.argv.slice(2);
try {
  await migrateToLatest(getDb());
  if (command === "retry") {
    const queued = await requeueDeadLetter(Number(id));
    console.log(queued ? `outbox: row ${id} queued again` : `outbox: no dead row ${id}`);
    process.exitCode = queued ? 0 : 1;
  } else {
    const rows = await listDeadLetters();
    if (!rows.length) console.log("outbox: no dead letters");
    for (const row of rows) {
      const when = new Date(row.updated_at).toISOString();
      console.log(
        `${row.id}\t${row.kind}\t${row.attempts} attempts\t${when}\tuser ${row.user_id ?? "-"}\t${row.last_error}`,
      );
    }
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeDb();
}
