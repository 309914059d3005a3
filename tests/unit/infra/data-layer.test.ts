import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrations } from "../../../migrations/index";
import type { Driver } from "~/server/db/db.server";
import { driverFor, migrateToLatest } from "~/server/db/db.server";
import { hitRateLimit, peekRateLimit } from "~/server/http/rate-limit.server";
import {
  endSession,
  getCurrentSession,
  listSessions,
  revokeSession,
  startSession,
} from "~/server/session/session.server";
import { consumeUserToken, issueUserToken, peekUserToken } from "~/server/accounts/tokens.server";
import { createUser, findUserByEmail, updateUser } from "~/server/accounts/users.server";
import { getRequest, setupTestApp, testContext, type TestApp } from "../../support/test-app";
import { sessionHashOf } from "../accounts/helpers";

describe.each<Driver>(["better-sqlite3", "libsql"])("data layer on %s", (driver) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await setupTestApp({ driver });
  });
  afterAll(() => app.cleanup());

  it("has run the migrations, and running them again does nothing", async () => {
    const tables = await sql<{
      name: string;
    }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' order by name`.execute(
      app.db,
    );
    expect(tables.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(["rate_limits", "security_events", "sessions", "user_tokens", "users"]),
    );
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(app.db);
    expect(applied.rows.map((r) => r.name)).toEqual(Object.keys(migrations).sort());
    expect(await migrateToLatest(app.db)).toEqual([]);
  });

  it("round-trips a user and a session through the services", async () => {
    const user = await createUser({ email: "Round@Trip.example", name: " Round Trip ", passwordHash: "scrypt$x" });
    expect(user).not.toBeNull();
    expect(await createUser({ email: "round@trip.example", name: "Twin" })).toBeNull(); // unique email
    const found = await findUserByEmail("ROUND@trip.example");
    expect(found).toEqual(user);

    await updateUser(user!.id, { birth_date: "2000-02-29", timezone: "Asia/Tokyo", birth_name: "Round Trip" });
    expect((await findUserByEmail("round@trip.example"))?.birth_date).toBe("2000-02-29");

    const setCookie = await startSession(user!.id, getRequest("/login"), testContext("192.0.2.7"));
    const cookie = setCookie.split(";")[0];
    const current = await getCurrentSession(getRequest("/", cookie));
    expect(current?.user.id).toBe(user!.id);
    expect(current?.user.timezone).toBe("Asia/Tokyo");
    expect(current?.session).toMatchObject({ id_hash: sessionHashOf(cookie), ip: "192.0.2.7", user_agent: "vitest" });
    expect((await listSessions(user!.id)).map((s) => s.id_hash)).toEqual([sessionHashOf(cookie)]);

    const stranger = await createUser({ email: "stranger@trip.example", name: "Stranger" });
    expect(await revokeSession(stranger!.id, sessionHashOf(cookie))).toBe(false);
    expect(await getCurrentSession(getRequest("/", cookie))).not.toBeNull();
    expect(await revokeSession(user!.id, sessionHashOf(cookie))).toBe(true);
    expect(await getCurrentSession(getRequest("/", cookie))).toBeNull();

    const again = (await startSession(user!.id, getRequest("/login"), testContext())).split(";")[0];
    await endSession(getRequest("/logout", again));
    expect(await listSessions(user!.id)).toEqual([]);
  });

  it("issues single-use tokens and counts rate limits", async () => {
    const user = await createUser({ email: "tokens@trip.example", name: "Tokens" });
    const token = await issueUserToken(user!.id, "reset-password");
    expect(await peekUserToken(token, "reset-password")).toBe(user!.id);
    expect(await peekUserToken(token, "verify-email")).toBeNull();
    expect(await consumeUserToken(token, "reset-password")).toBe(user!.id);
    expect(await consumeUserToken(token, "reset-password")).toBeNull();

    expect(await hitRateLimit("k", 2, 60_000)).toMatchObject({ allowed: true, count: 1 });
    expect(await hitRateLimit("k", 2, 60_000)).toMatchObject({ allowed: true, count: 2 });
    expect(await hitRateLimit("k", 2, 60_000)).toMatchObject({ allowed: false, count: 3 });
    expect((await peekRateLimit("k")).count).toBe(3);
  });

  it("enforces foreign keys and cascades user deletion", async () => {
    const insertOrphan = sql`insert into sessions (id_hash, user_id, created_at, last_seen_at, expires_at) values ('orphan', 'no-such-user', 1, 1, 1)`;
    await expect(insertOrphan.execute(app.db)).rejects.toThrow(/FOREIGN KEY/i);

    const user = await createUser({ email: "cascade@trip.example", name: "Cascade" });
    await startSession(user!.id, getRequest("/login"), testContext());
    await issueUserToken(user!.id, "verify-email"); // a transaction: LibSQL moves to a new connection after one
    await app.db.deleteFrom("users").where("id", "=", user!.id).execute();
    expect(await listSessions(user!.id)).toEqual([]);
    expect(
      await app.db.selectFrom("user_tokens").select("token_hash").where("user_id", "=", user!.id).execute(),
    ).toEqual([]);
  });
});

describe("better-sqlite3 connection", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await setupTestApp({ driver: "better-sqlite3" });
  });
  afterAll(() => app.cleanup());

  it("is picked for file: URLs, LibSQL for remote ones", () => {
    expect(driverFor("file:./data/numerai.db")).toBe("better-sqlite3");
    expect(driverFor("libsql://db.example.turso.io")).toBe("libsql");
    expect(driverFor("https://db.example")).toBe("libsql");
  });

  it("runs in WAL mode with foreign keys on and a busy timeout", async () => {
    const pragma = async (name: string) =>
      Object.values((await sql.raw(`PRAGMA ${name}`).execute(app.db)).rows[0] as object)[0];
    expect(await pragma("journal_mode")).toBe("wal");
    expect(await pragma("foreign_keys")).toBe(1);
    expect(await pragma("synchronous")).toBe(1); // NORMAL
    expect(await pragma("busy_timeout")).toBe(5000);
  });
});

describe("LibSQL on a local file", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await setupTestApp({ driver: "libsql" });
  });
  afterAll(() => app.cleanup());

  const pragma = async (name: string) =>
    Object.values((await sql.raw(`PRAGMA ${name}`).execute(app.db)).rows[0] as object)[0];

  it("keeps foreign keys and the busy timeout on the connection a transaction leaves behind", async () => {
    await app.db.transaction().execute(async (trx) => sql`select 1`.execute(trx));
    expect(await pragma("foreign_keys")).toBe(1);
    expect(await pragma("busy_timeout")).toBe(5000);
  });

  it("runs a write beside a transaction instead of failing with 'database is locked'", async () => {
    const row = (n: number) => ({ key: `k${n}`, count: n, reset_at: 0 });
    await Promise.all([
      app.db.transaction().execute(async (trx) => {
        await trx.insertInto("rate_limits").values(row(1)).execute();
        await new Promise((resolve) => setTimeout(resolve, 20));
        await trx.insertInto("rate_limits").values(row(2)).execute();
      }),
      app.db.insertInto("rate_limits").values(row(3)).execute(),
    ]);
    const keys = (await app.db.selectFrom("rate_limits").select("key").orderBy("key").execute()).map((r) => r.key);
    expect(keys).toEqual(["k1", "k2", "k3"]);
  });
});
