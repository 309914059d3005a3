/**
 * At a million users a query that scans a table costs seconds: every query the hot pages and login make
 * (captured as the app runs them, so a new query is covered without listing it) must find its rows through
 * an index. SQLite says how in EXPLAIN QUERY PLAN: "SCAN t" alone is a full table scan.
 */
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loader as dashboardLoader } from "~/routes/dashboard";
import { loader as dailyLoader } from "~/routes/daily._index";
import { loader as personLoader } from "~/routes/people.$id._index";
import { loader as peopleLoader } from "~/routes/people._index";
import { loader as reportLoader } from "~/routes/report._index";
import { loader as sessionsLoader } from "~/routes/settings.sessions";
import type { Database } from "~/server/db/db-schema";
import { getDb, setDb } from "~/server/db/db.server";
import { createPerson } from "~/server/people/people.server";
import { updateUser } from "~/server/accounts/users.server";
import { getRequest, run, testContext } from "../../support/test-app";
import { logIn, PASSWORD, signUp, startHarness, type Harness } from "../accounts/helpers";

let h: Harness;
let original: Kysely<Database>;
let raw: SQLite.Database;
const queries: { sql: string; parameters: readonly unknown[] }[] = [];

beforeAll(async () => {
  h = await startHarness();
  original = getDb();
  const file = path.join(h.app.dir, "test.db");
  setDb(
    new Kysely<Database>({
      dialect: new SqliteDialect({ database: new SQLite(file) }),
      log: (event) => {
        if (event.level === "query") queries.push({ sql: event.query.sql, parameters: event.query.parameters });
      },
    }),
  );
  raw = new SQLite(file, { readonly: true });
});
afterAll(async () => {
  raw.close();
  await original.destroy();
  await h.close();
});

/** The plan lines of a query that read a table front to back. */
function tableScans(query: { sql: string; parameters: readonly unknown[] }): string[] {
  const plan = raw.prepare(`explain query plan ${query.sql}`).all(...query.parameters) as { detail: string }[];
  return plan.map((row) => row.detail).filter((detail) => /^SCAN \w+( AS \w+)?$/.test(detail));
}

it("finds every row of the hot pages and of login through an index", async () => {
  const { userId } = await signUp("scale@example.com");
  await updateUser(userId, { birth_name: "Ada Lovelace Byron", birth_date: "1815-12-10", timezone: "Europe/London" });
  const person = await createPerson(
    userId,
    { name: "Sam", birthName: "Samuel Peter Jones", birthDate: "1990-05-17", gender: "male", relation: "partner" },
    10,
  );
  queries.length = 0;
  const { cookie } = await logIn("scale@example.com", PASSWORD);
  const page = (path: string, loader: (a: never) => Promise<unknown>, params: Record<string, string> = {}) =>
    run(() => loader({ request: getRequest(path, cookie), context: testContext(), params } as never));
  const outcomes = [
    await page("/dashboard", dashboardLoader),
    await page("/daily", dailyLoader),
    await page("/people", peopleLoader),
    await page(`/people/${person!.id}`, personLoader, { id: person!.id }),
    await page("/report", reportLoader),
    await page("/settings/sessions", sessionsLoader),
  ];
  expect(outcomes.map((o) => o.status)).toEqual([200, 200, 200, 200, 200, 200]);

  const reads = queries.filter((q) => /^\s*(select|update|delete|with)\b/i.test(q.sql));
  expect(reads.length).toBeGreaterThan(10);
  const scanning = reads.map((q) => ({ sql: q.sql, scans: tableScans(q) })).filter((q) => q.scans.length > 0);
  expect(scanning).toEqual([]);
});

it("would notice a query that reads a whole table", () => {
  expect(tableScans({ sql: "select * from people where name = ?", parameters: ["Sam"] })).toEqual(["SCAN people"]);
  expect(tableScans({ sql: "select * from people where user_id = ?", parameters: ["u1"] })).toEqual([]);
});
