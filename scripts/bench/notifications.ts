/**
 * `npm run bench:notifications`: (1) one daily-reading scheduler pass with 1,000 users due, among 1,000
 * users and among 1,000,000 (time and SQL statements), and (2) web-push delivery throughput from the outbox
 * to a local HTTPS push service that decrypts every message (both sides on this machine).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { globalAgent } from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import { rootCertificates } from "node:tls";
import { sql, type KyselyPlugin } from "kysely";
import { closeDb, createDatabase, getDb, migrateToLatest, setDb } from "../../app/server/db/db.server";
import { resetEnvForTests } from "../../app/server/config/env.server";
import { runDailyReadings } from "../../app/server/notifications/daily-readings.server";
import { notify } from "../../app/server/notifications/notify.server";
import { savePushSubscription } from "../../app/server/notifications/push-subscriptions.server";
import { deliveries } from "../../app/server/outbox/deliveries.server";
import { runOutboxPass } from "../../app/server/outbox/outbox.server";
import { startPushService } from "../../tests/support/push-service";

const DUE = 1_000;
const NOW = Date.UTC(2027, 1, 1, 12);
const DAY = 86_400_000;

let statements = 0;
const counter: KyselyPlugin = {
  transformQuery: (args) => ((statements += 1), args.node),
  transformResult: async (args) => args.result,
};

async function freshDatabase(dir: string) {
  process.env.DATA_DIR = dir;
  process.env.DATABASE_URL = `file:${dir}/bench.db`;
  process.env.LOG_LEVEL = "silent";
  resetEnvForTests();
  const db = createDatabase({ url: process.env.DATABASE_URL });
  await migrateToLatest(db);
  setDb(db.withPlugin(counter));
  return db;
}

/** `total` onboarded users, the first DUE of them due now, the rest tomorrow (one statement per table). */
async function seedUsers(total: number) {
  const db = getDb();
  await sql`with recursive n(i) as (select 1 union all select i + 1 from n where i < ${total})
    insert into users (id, email, name, password_hash, google_sub, email_verified_at, birth_name, birth_date, timezone, created_at, updated_at, deactivated_at)
    select 'u' || i, 'u' || i || '@example.com', 'User ' || i, null, null, 0, 'Ada Lovelace', '1990-05-17',
      case i % 4 when 0 then 'Europe/London' when 1 then 'America/New_York' when 2 then 'Asia/Kolkata' else 'Pacific/Kiritimati' end,
      0, 0, null from n`.execute(db);
  await sql`insert into notification_settings (user_id, daily_time, daily_next_due_at, daily_last_date, updated_at)
    select id, '08:00', case when cast(substr(id, 2) as integer) <= ${DUE} then ${NOW - 1} else ${NOW + DAY} end, null, 0
    from users`.execute(db);
}

async function schedulerPass(total: number) {
  const dir = mkdtempSync(path.join(tmpdir(), "numerai-bench-notify-"));
  try {
    await freshDatabase(dir);
    const seeded = Date.now();
    await seedUsers(total);
    const seedMs = Date.now() - seeded;
    statements = 0;
    const started = performance.now();
    const run = await runDailyReadings({ now: () => NOW });
    const ms = performance.now() - started;
    return { total, sent: run.sent, rescheduled: run.rescheduled, ms, statements, seedMs };
  } finally {
    await closeDb();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function pushThroughput(messages: number) {
  const dir = mkdtempSync(path.join(tmpdir(), "numerai-bench-push-"));
  const push = await startPushService();
  globalAgent.options.ca = [...rootCertificates, push.ca.toString()];
  try {
    await freshDatabase(dir);
    await seedUsers(messages);
    for (let i = 1; i <= messages; i++) await savePushSubscription(`u${i}`, push.subscribe(), "bench");
    for (let i = 1; i <= messages; i++)
      await notify(`u${i}`, "billing", { title: "Renewed", body: "Thanks.", url: "/" }, { channels: ["push"] });
    const started = performance.now();
    const run = await runOutboxPass(deliveries);
    const seconds = (performance.now() - started) / 1000;
    if (push.received.length !== messages || push.errors.length) throw new Error(`push service: ${push.errors[0]}`);
    return { messages: run.sent, seconds, perSecond: run.sent / seconds };
  } finally {
    await closeDb();
    await push.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const small = await schedulerPass(DUE);
const large = await schedulerPass(1_000_000);
// At 12:00 UTC, London and Kolkata are past 08:00 (sent); New York and Kiritimati are not (rescheduled).
console.log(`\nDaily-reading scheduler: one pass at 12:00 UTC with ${DUE} users due, in four zones\n`);
console.log("| users | due | sent | rescheduled | pass ms | SQL statements | seeding ms |");
console.log("|---:|---:|---:|---:|---:|---:|---:|");
for (const r of [small, large])
  console.log(
    `| ${r.total.toLocaleString("en")} | ${DUE} | ${r.sent} | ${r.rescheduled} | ${r.ms.toFixed(0)} | ${r.statements} | ${r.seedMs} |`,
  );

const push = await pushThroughput(Number(process.env.BENCH_PUSH_MESSAGES ?? 500));
console.log(
  `\nWeb push: ${push.messages} messages, outbox → local HTTPS push service (aes128gcm + VAPID, decrypted there)`,
);
console.log(`${push.perSecond.toFixed(0)} messages/s (${push.seconds.toFixed(2)} s)\n`);
