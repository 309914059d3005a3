/**
 * The database at a million users: `npm run bench:scale` (builds first) fills a fresh SQLite file with
 * 1,000,000 users, 5,000,000 people and proportionate sessions, preferences and share links (SQL, one
 * transaction per batch), then times the signed-in pages and login against the same app on an empty
 * database, alternating between the two so machine noise falls on both. Goal: p50 and p95 within 1.2×.
 * BENCH_USERS (default 1,000,000) and BENCH_REQUESTS (per page and side, default 1,000: a p95 of 200 samples is its 10th-slowest, and moved by one GC pause) override.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { createDatabase, migrateToLatest } from "../../app/server/db/db.server.ts";
import { hashPassword } from "../../app/server/accounts/password.server.ts";
import { postForm, startApp, stopApp } from "./app.ts";
import { benchContext, type BenchContext } from "./pages.ts";

const USERS = Number(process.env.BENCH_USERS ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000);
const CONCURRENCY = 4;
const BATCH = 50_000;
const GOAL = 1.2;
const ACCOUNT = { email: "bench@example.com", password: "steady-lantern-2026" };

/** Rows per user beside it: 5 people, 2 sessions, preferences for 3 in 10, a share link for 1 in 5. */
function fill(file: string, passwordHash: string) {
  const db = new SQLite(file);
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  const now = Date.now();
  const range = `with recursive seq(n) as (select cast(? as integer) union all select n + 1 from seq where n < ?)`;
  const statements = [
    `${range} insert into users (id, email, name, password_hash, email_verified_at, birth_name, birth_date, timezone, created_at, updated_at)
       select 'u' || n, 'user' || n || '@seed.example', 'User ' || n, ?, ${now}, 'Seed Person Number', '1980-01-01', 'Europe/Paris', ${now} - n, ${now} - n from seq`,
    `${range} insert into people (id, user_id, name, birth_name, birth_date, gender, relation, created_at, updated_at)
       select lower(hex(randomblob(16))), 'u' || (n / 5), 'Friend ' || n, 'Friendly Seed Person', '1990-06-15', 'female', 'friend', ${now} - n, ${now} - n from seq`,
    `${range} insert into sessions (id_hash, user_id, created_at, last_seen_at, expires_at, ip, user_agent)
       select lower(hex(randomblob(32))), 'u' || (n / 2), ${now}, ${now}, ${now} + 86400000 * 30, '127.0.0.1', 'seed' from seq`,
    `${range} insert into user_preferences (user_id, system, life_path_method, name_method, y_mode, master_numbers, gender, updated_at)
       select 'u' || n, 'pythagorean', 'components', 'per-name', 'auto', 'standard', null, ${now} from seq where n % 10 < 3`,
    `${range} insert into share_links (id, user_id, token_hash, person_id, show_name, show_birth_date, created_at, revoked_at)
       select lower(hex(randomblob(16))), 'u' || n, lower(hex(randomblob(32))), null, 1, 0, ${now}, null from seq where n % 5 = 0`,
  ].map((text) => db.prepare(text));
  const perUser = [1, 5, 2, 1, 1];
  for (let first = 1; first <= USERS; first += BATCH) {
    const last = Math.min(USERS, first + BATCH - 1);
    db.transaction(() => {
      statements.forEach((statement, i) => {
        const args = [first * perUser[i], (last + 1) * perUser[i] - 1];
        statement.run(...args, ...(i === 0 ? [passwordHash] : []));
      });
    })();
  }
  const counts = Object.fromEntries(
    ["users", "people", "sessions", "user_preferences", "share_links"].map((table) => [
      table,
      (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n,
    ]),
  );
  db.pragma("journal_mode = WAL");
  db.close();
  return counts;
}

interface Target {
  label: string;
  request: (base: string, ctx: BenchContext) => Promise<Response>;
}

const get = (pathFor: (ctx: BenchContext) => string) => (base: string, ctx: BenchContext) =>
  fetch(base + pathFor(ctx), { headers: { Cookie: ctx.cookie } });

const TARGETS: Target[] = [
  { label: "/dashboard", request: get(() => "/dashboard") },
  { label: "/people", request: get(() => "/people") },
  { label: "/people/:id", request: get((c) => `/people/${c.personId}`) },
  { label: "/report", request: get(() => "/report") },
  { label: "/settings/sessions", request: get(() => "/settings/sessions") },
  { label: "login (POST /login)", request: (base) => postForm(base, "/login", ACCOUNT) },
];

async function latencies(target: Target, base: string, ctx: BenchContext, count: number): Promise<number[]> {
  const times: number[] = [];
  let left = count;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (left-- > 0) {
        const start = performance.now();
        const response = await target.request(base, ctx);
        await response.arrayBuffer();
        if (response.status >= 400) throw new Error(`${target.label} answered ${response.status}`);
        times.push(performance.now() - start);
      }
    }),
  );
  return times.sort((a, b) => a - b);
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const dir = mkdtempSync(path.join(tmpdir(), "numerai-scale-"));
const file = path.join(dir, "scale.db");
const schema = createDatabase({ url: `file:${file}` });
await migrateToLatest(schema);
await schema.destroy();
const fillStart = performance.now();
const counts = fill(file, await hashPassword(ACCOUNT.password));
const fillSeconds = (performance.now() - fillStart) / 1000;
const fileMb = statSync(file).size / 1024 / 1024;

const empty = await startApp();
const full = await startApp({ DATABASE_URL: `file:${file}` });
const rows: string[] = [];
try {
  const sides = [
    { app: empty, ctx: await benchContext(empty.base) },
    { app: full, ctx: await benchContext(full.base) },
  ];
  for (const target of TARGETS) {
    for (const side of sides) await latencies(target, side.app.base, side.ctx, 20); // warm-up
    const times: number[][] = [[], []];
    // Alternating rounds: a busy moment on the machine lands on both sides.
    for (let round = 0; round < 4; round++) {
      for (const [i, side] of sides.entries())
        times[i].push(...(await latencies(target, side.app.base, side.ctx, REQUESTS / 4)));
    }
    const [e, f] = times.map((t) => t.sort((a, b) => a - b));
    const ratio50 = pct(f, 50) / pct(e, 50);
    const ratio95 = pct(f, 95) / pct(e, 95);
    const ok = ratio50 <= GOAL && ratio95 <= GOAL ? "ok" : "MISSED";
    rows.push(
      `| ${target.label} | ${pct(e, 50).toFixed(1)} / ${pct(e, 95).toFixed(1)} | ${pct(f, 50).toFixed(1)} / ${pct(f, 95).toFixed(1)} | ${ratio50.toFixed(2)}× / ${ratio95.toFixed(2)}× | ${ok} |`,
    );
  }
} finally {
  await stopApp(empty);
  await stopApp(full);
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  `\nFilled in ${fillSeconds.toFixed(1)} s: ${Object.entries(counts)
    .map(([t, n]) => `${n.toLocaleString("en-US")} ${t}`)
    .join(", ")}`,
);
console.log(`Database file: ${fileMb.toFixed(0)} MB\n`);
console.log(
  `Latency in ms (${REQUESTS} requests per page and side, ${CONCURRENCY} at a time; goal: full within ${GOAL}× of empty)\n`,
);
console.log(`| page | empty p50 / p95 | ${USERS.toLocaleString("en-US")} users p50 / p95 | ratio p50 / p95 | goal |`);
console.log("|---|---:|---:|---:|---|");
for (const row of rows) console.log(row);
