import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql, type Kysely, type Migration } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import type { Database } from "~/server/db/db-schema";
import { createDatabase, migrateToLatest } from "~/server/db/db.server";
import { migrations } from "../../../migrations/index";

const dir = mkdtempSync(path.join(tmpdir(), "numerai-migrate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A process with its own connection, loaded and waiting; `go()` makes it migrate, then it reports. */
async function migrator(databaseUrl: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/migrate-on-signal.ts"], {
    env: { PATH: process.env.PATH, NODE_ENV: "test", DATA_DIR: dir, DATABASE_URL: databaseUrl, LOG_LEVEL: "silent" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  while (!output.includes("ready")) {
    if (child.exitCode !== null) throw new Error(output);
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    go: () => child.stdin.write("go\n"),
    done: async () => ({ code: await exited, output }),
  };
}

const tableNames = async (db: Kysely<Database>) =>
  (await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(db)).rows.map(
    (r) => r.name,
  );
const applied = async (db: Kysely<Database>) =>
  (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db)).rows.map((r) => r.name);

describe("migrations", () => {
  it("let two processes migrate one fresh file at once: one applies everything, the other waits and finds nothing to do", async () => {
    const url = `file:${path.join(dir, "fresh.db")}`;
    // The app and `npm run job:purge` both migrate at start; here two such processes start at the same moment.
    const both = await Promise.all([migrator(url), migrator(url)]);
    for (const process of both) process.go();
    const runs = await Promise.all(both.map((p) => p.done()));
    for (const run of runs) expect(run.code, run.output).toBe(0);
    expect(runs.map((r) => r.output.match(/applied: \d+/)?.[0]).sort()).toEqual([
      "applied: 0",
      `applied: ${Object.keys(migrations).length}`,
    ]);

    const db = createDatabase({ url });
    expect(await applied(db)).toEqual(Object.keys(migrations));
    await db.destroy();
  }, 60_000);

  it("runs pending migrations in one transaction: a failure leaves none of them applied", async () => {
    const db = createDatabase({ url: `file:${path.join(dir, "broken.db")}` });
    const broken: Record<string, Migration> = {
      ...migrations,
      "9998_fine": { up: async (d) => void (await d.schema.createTable("fine").addColumn("id", "text").execute()) },
      "9999_broken": { up: async (d) => void (await sql`create table users (id text)`.execute(d)) },
    };
    await expect(migrateToLatest(db, broken)).rejects.toThrow(/users already exists/);
    expect(await tableNames(db)).not.toContain("fine");
    expect(await tableNames(db)).not.toContain("users");
    expect(await applied(db)).toEqual([]);

    expect(await migrateToLatest(db)).toEqual(Object.keys(migrations));
    await db.destroy();
  });
});
