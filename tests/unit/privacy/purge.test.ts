import { sql, type Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deactivateAccount, restoreAccount } from "~/server/accounts/account-lifecycle.server";
import type { Database, User } from "~/server/db/db-schema";
import { createDatabase, getDb } from "~/server/db/db.server";
import { acquireLease } from "~/server/jobs/lease.server";
import { purgeAccount, PURGE_JOB, runPurgeJob } from "~/server/privacy/purge.server";
import { hitRateLimit } from "~/server/http/rate-limit.server";
import { setupTestApp, type TestApp } from "../../support/test-app";
import { FAR_FUTURE, PASSWORD } from "./helpers";
import {
  addFutureTables,
  countWhere,
  ownedRows,
  seedEverything,
  tables,
  userOwnedTables,
  userReferences,
} from "./schema-support";
import { makeUser } from "../../support/factories";

let app: TestApp;
beforeAll(async () => {
  app = await setupTestApp();
  await addFutureTables(app.db);
});
afterAll(() => app.cleanup());

const db = () => getDb();
const overrides = { account_deletions: { purge_after: FAR_FUTURE, status: "scheduled" } };
const today = () => new Date().toISOString().slice(0, 10);

/** A user with a row in every user-owned table, plus rate-limit counters keyed by their email and id. */
async function populated(email: string): Promise<User> {
  const user = await makeUser({ email: email, password: PASSWORD });
  await seedEverything(db(), user.id, user.email, overrides);
  await hitRateLimit(`reset:${user.email}`, 5, 60_000);
  await hitRateLimit(`export:${user.id}`, 5, 60_000);
  return user;
}

async function deletionsToday(): Promise<number> {
  const row = await db().selectFrom("deletion_stats").select("deletions").where("day", "=", today()).executeTakeFirst();
  return row?.deletions ?? 0;
}

/** Every row of every table, to compare whole-database states. */
async function dump(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of await tables(db())) {
    if (table.name === "job_leases") continue;
    out[table.name] = (await sql`select * from ${sql.table(table.name)} order by rowid`.execute(db())).rows;
  }
  return out;
}

/** Proves nothing in the database still points at, or mentions, the purged user. */
async function expectGone(user: User) {
  const schema = await tables(db());
  const refs = userReferences(schema);
  expect(refs.map((r) => `${r.table}.${r.column}`)).toEqual(
    expect.arrayContaining(["sessions.user_id", "future_friendships.friend_user_id"]),
  );
  for (const ref of refs)
    expect(await countWhere(db(), ref.table, ref.column, user.id), `${ref.table}.${ref.column}`).toBe(0);
  expect(await countWhere(db(), "users", "id", user.id)).toBe(0);
  expect((await sql`pragma foreign_key_check`.execute(db())).rows).toEqual([]);
  // Not even a text cell anywhere (rate-limit keys, details…) holds the id or the email.
  for (const table of schema) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table.name)}`.execute(db());
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (typeof value !== "string") continue;
        expect(value.includes(user.id) || value.includes(user.email), `${table.name}.${column} = ${value}`).toBe(false);
      }
    }
  }
}

async function ownedCounts(userId: string): Promise<Record<string, number>> {
  const schema = await tables(db());
  const counts: Record<string, number> = {};
  for (const table of userOwnedTables(schema)) counts[table] = (await ownedRows(db(), schema, table, userId)).length;
  return counts;
}

describe("account purge", () => {
  it("removes every row of the user in every table found in the schema, and nothing of anyone else's", async () => {
    const gone = await populated("purge.gone@example.com");
    const stays = await populated("purge.stays@example.com");
    // The bystander's friendship points at the user being purged: the reference is cleared, the row kept.
    await sql`update future_friendships set friend_user_id = ${gone.id} where user_id = ${stays.id}`.execute(db());
    const before = await ownedCounts(stays.id);
    expect(Object.values(before).every((n) => n > 0)).toBe(true);
    const countBefore = await deletionsToday();

    await deactivateAccount(gone.id, "now");
    expect(await runPurgeJob()).toEqual({ ran: true, purged: 1, failed: 0 });

    await expectGone(gone);
    expect(await ownedCounts(stays.id)).toEqual(before);
    expect(await db().selectFrom("users").select("email").where("id", "=", stays.id).executeTakeFirst()).toEqual({
      email: stays.email,
    });
    const keys = (await db().selectFrom("rate_limits").select("key").execute()).map((r) => r.key);
    expect(keys).toEqual(expect.arrayContaining([`reset:${stays.email}`, `export:${stays.id}`]));
    const friendship = await sql<{
      friend_user_id: string | null;
    }>`select friend_user_id from future_friendships where user_id = ${stays.id}`.execute(db());
    expect(friendship.rows).toEqual([{ friend_user_id: null }]);
    // What outlives the account: a count for the day, nothing that identifies anyone.
    expect(await deletionsToday()).toBe(countBefore + 1);
    const statsColumns = (await tables(db())).find((t) => t.name === "deletion_stats")!.columns.map((c) => c.name);
    expect(statsColumns).toEqual(["day", "deletions"]);
  });

  it("is idempotent: running again changes nothing and reports nothing", async () => {
    const user = await populated("purge.twice@example.com");
    await deactivateAccount(user.id, "now");
    expect((await runPurgeJob()).purged).toBe(1);
    const after = await dump();
    expect(await runPurgeJob()).toEqual({ ran: true, purged: 0, failed: 0 });
    expect(await purgeAccount(user.id)).toBe("skipped");
    expect(await dump()).toEqual(after);
  });

  it("resumes after a crash between tables and finishes the job, counting the deletion once", async () => {
    const user = await populated("purge.crash@example.com");
    await deactivateAccount(user.id, "now");
    const countBefore = await deletionsToday();
    let crashedAfter = "";
    const crash = await runPurgeJob({
      afterTable: (table) => {
        crashedAfter = table;
        throw new Error("simulated crash");
      },
    });
    expect(crash).toEqual({ ran: true, purged: 0, failed: 1 });

    // Half done: the first table is empty, the rest and the account are still there, progress recorded.
    const progress = await db()
      .selectFrom("account_deletions")
      .selectAll()
      .where("user_id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(progress.status).toBe("purging");
    expect(JSON.parse(progress.tables_done)).toEqual([crashedAfter]);
    const left = await ownedCounts(user.id);
    expect(left[crashedAfter]).toBe(0);
    expect(Object.entries(left).filter(([table, n]) => table !== "account_deletions" && n > 0).length).toBeGreaterThan(
      0,
    );
    expect(await countWhere(db(), "users", "id", user.id)).toBe(1);
    expect(await deletionsToday()).toBe(countBefore);

    expect(await runPurgeJob()).toEqual({ ran: true, purged: 1, failed: 0 });
    await expectGone(user);
    expect(await deletionsToday()).toBe(countBefore + 1);
  });

  it("waits while a crashed process's lease is live and takes over once it lapses", async () => {
    const user = await populated("purge.lease@example.com");
    await deactivateAccount(user.id, "now");
    expect(await acquireLease(db(), PURGE_JOB, "process-that-died", Date.now(), 60_000)).toBe(true);

    expect(await runPurgeJob({ holder: "second-process" })).toEqual({ ran: false, purged: 0, failed: 0 });
    expect(await countWhere(db(), "users", "id", user.id)).toBe(1);

    const later = () => Date.now() + 61_000;
    expect(await runPurgeJob({ holder: "second-process", now: later })).toEqual({ ran: true, purged: 1, failed: 0 });
    await expectGone(user);
    expect(await db().selectFrom("job_leases").selectAll().execute()).toEqual([]);
  });

  it("lets only one of two processes run at a time (separate database connections)", async () => {
    const users = [await populated("purge.race1@example.com"), await populated("purge.race2@example.com")];
    for (const user of users) await deactivateAccount(user.id, "now");
    const countBefore = await deletionsToday();
    const other: Kysely<Database> = createDatabase({ url: process.env.DATABASE_URL! });
    try {
      // While process A is mid-purge, process B tries to run: it must find the lease taken.
      let whileHeld: Awaited<ReturnType<typeof runPurgeJob>> | undefined;
      const a = await runPurgeJob({
        holder: "process-a",
        afterTable: async () => {
          whileHeld ??= await runPurgeJob({ db: other, holder: "process-b" });
        },
      });
      expect(whileHeld).toEqual({ ran: false, purged: 0, failed: 0 });
      expect(a).toEqual({ ran: true, purged: 2, failed: 0 });

      // And racing from the start, every account is purged and counted exactly once.
      const more = [await populated("purge.race3@example.com"), await populated("purge.race4@example.com")];
      for (const user of more) await deactivateAccount(user.id, "now");
      const runs = await Promise.all([
        runPurgeJob({ holder: "process-a" }),
        runPurgeJob({ db: other, holder: "process-b" }),
      ]);
      expect(runs.reduce((n, r) => n + r.purged, 0)).toBe(2);
      expect(runs.every((r) => r.failed === 0)).toBe(true);
      for (const user of [...users, ...more]) await expectGone(user);
      expect(await deletionsToday()).toBe(countBefore + 4);
    } finally {
      await other.destroy();
    }
  });

  it("leaves grace-period accounts until their date, and never touches a restored or active one", async () => {
    const waiting = await populated("purge.waiting@example.com");
    const restored = await populated("purge.restored@example.com");
    const active = await populated("purge.active@example.com");
    await deactivateAccount(waiting.id, "grace");
    await deactivateAccount(restored.id, "grace");
    expect(await restoreAccount(restored.id)).toBe(true);
    const restoredRows = await ownedCounts(restored.id);

    expect((await runPurgeJob()).purged).toBe(0);
    expect(await countWhere(db(), "users", "id", waiting.id)).toBe(1);

    const in31Days = () => Date.now() + 31 * 24 * 60 * 60 * 1000;
    expect(await runPurgeJob({ now: in31Days })).toEqual({ ran: true, purged: 1, failed: 0 });
    await expectGone(waiting);
    expect(await ownedCounts(restored.id)).toEqual(restoredRows);
    // An active account with a stray deletion row (seeded, due) is still never purged.
    await db().updateTable("account_deletions").set({ purge_after: 0 }).where("user_id", "=", active.id).execute();
    expect(await purgeAccount(active.id)).toBe("skipped");
    expect(await countWhere(db(), "users", "id", active.id)).toBe(1);
    await db().deleteFrom("account_deletions").where("user_id", "=", active.id).execute();
  });
});
