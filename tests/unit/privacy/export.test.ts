import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loader as exportLoader } from "~/routes/settings.privacy.export";
import { getDb } from "~/server/db/db.server";
import { isSecretColumn, userDataPlan } from "~/server/privacy/user-tables.server";
import { getRequest, run, setupTestApp, type TestApp } from "../../support/test-app";
import { FAR_FUTURE, PASSWORD } from "./helpers";
import { addFutureTables, ownedRows, seedEverything, tables, userOwnedTables } from "./schema-support";
import { makeUser, signedInCookie, eventTypes } from "../../support/factories";
import { routeArgs, flashOf } from "../../support/route";

let app: TestApp;
beforeAll(async () => {
  app = await setupTestApp();
  await addFutureTables(app.db);
});
afterAll(() => app.cleanup());

type Row = Record<string, unknown>;
// An active account has no deletion scheduled; its seeded row must not make it due.
const overrides = { account_deletions: { purge_after: FAR_FUTURE, status: "scheduled" } };

async function download(cookie: string) {
  const outcome = await run(() => exportLoader(routeArgs(getRequest("/settings/privacy/export", cookie))));
  return outcome.response!;
}

/** What the documented format says a stored value becomes in the file (times as ISO 8601, the rest as JSON). */
const asExported = (column: string, value: unknown) =>
  /_(at|after)$/.test(column) && typeof value === "number"
    ? new Date(value).toISOString()
    : JSON.parse(JSON.stringify(value));

describe("data export", () => {
  it("holds every user-owned table found in the schema, with all of the user's rows and nobody else's", async () => {
    const db = getDb();
    const priya = await makeUser({ email: "export.priya@example.com", password: PASSWORD });
    const other = await makeUser({ email: "export.other@example.com", password: PASSWORD });
    const owned = await seedEverything(db, priya.id, priya.email, overrides);
    await seedEverything(db, other.id, other.email, overrides);
    const schema = await tables(db);
    expect(owned).toEqual(
      expect.arrayContaining([
        "sessions",
        "security_events",
        "user_tokens",
        "account_deletions",
        "remedy_trackings",
        "remedy_check_ins",
        "future_charts",
        "future_chart_notes",
        "future_friendships",
      ]),
    );
    expect(userOwnedTables(schema)).toEqual(owned);
    // The app's planner finds the same tables the test found on its own.
    expect((await userDataPlan(db)).owned.map((t) => t.name).sort()).toEqual(owned);

    const response = await download(await signedInCookie(priya.id));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="numerai-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const text = await response.text();
    const file = JSON.parse(text) as {
      format: string;
      version: number;
      exportedAt: string;
      account: Row;
      profile: Row;
      tables: Record<string, Row[]>;
    };

    expect(file.format).toBe("numerai-export");
    expect(file.version).toBe(1);
    expect(Math.abs(Date.parse(file.exportedAt) - Date.now())).toBeLessThan(60_000);
    expect(file.account).toMatchObject({ id: priya.id, email: priya.email, name: "Ada", deactivated_at: null });
    expect(file.account).not.toHaveProperty("password_hash");
    expect(file.profile).toEqual({
      birthName: "Ada Lovelace Byron",
      birthDate: "1815-12-10",
      timezone: "Europe/London",
    });
    expect(Object.keys(file.tables).sort()).toEqual(owned);

    for (const table of owned) {
      const stored = await ownedRows(db, schema, table, priya.id);
      const exported = file.tables[table];
      expect(exported, table).toHaveLength(stored.length);
      for (const row of stored) {
        const expected = Object.fromEntries(
          Object.entries(row)
            .filter(([column]) => !isSecretColumn(column))
            .map(([c, v]) => [c, asExported(c, v)]),
        );
        expect(exported, `${table} row ${JSON.stringify(row)}`).toContainEqual(expected);
      }
      expect(JSON.stringify(exported)).not.toContain(other.id);
    }
    expect(file.tables.sessions[0]).toEqual(
      expect.objectContaining({ ip: "198.51.100.7", user_agent: expect.stringContaining("Firefox") }),
    );
    expect(file.tables.sessions[0]).not.toHaveProperty("id_hash");
    // The download is itself in the log it contains.
    expect(file.tables.security_events.map((e) => e.type)).toContain("export");
  });

  it("never contains a secret or a value derived from one", async () => {
    const db = getDb();
    const user = await makeUser({ email: "export.secrets@example.com", password: PASSWORD });
    await seedEverything(db, user.id, user.email, overrides);
    const text = await (await download(await signedInCookie(user.id))).text();
    const schema = await tables(db);
    let secrets = 0;
    for (const table of [...userOwnedTables(schema), "users"]) {
      const rows = table === "users" ? [user as unknown as Row] : await ownedRows(db, schema, table, user.id);
      for (const row of rows) {
        for (const [column, value] of Object.entries(row)) {
          if (!/(hash|secret|token)$/.test(column) || typeof value !== "string") continue;
          secrets += 1;
          expect(text, `${table}.${column}`).not.toContain(value);
        }
      }
    }
    expect(secrets).toBeGreaterThanOrEqual(3); // password hash, session id hash, email-link token hash at least
  });

  it("is logged, limited to 5 an hour per account, and needs a signed-in user", async () => {
    const user = await makeUser({ email: "export.limit@example.com", password: PASSWORD });
    const cookie = await signedInCookie(user.id);
    for (let i = 0; i < 5; i++) expect((await download(cookie)).status).toBe(200);
    const refused = await download(cookie);
    expect(refused.status).toBe(302);
    expect(refused.headers.get("Location")).toBe("/settings/privacy");
    expect((await flashOf(refused))?.message).toMatch(/5 times an hour/);
    expect((await eventTypes(user.id)).filter((t) => t === "export")).toHaveLength(5);

    const anonymous = await download("");
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/login\?redirectTo=%2Fsettings%2Fprivacy%2Fexport/);
  });
});
