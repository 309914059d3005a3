import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "~/server/db/db.server";
import { createDatabase, getDb, migrateToLatest, setDb } from "~/server/db/db.server";
import { preparedQuery } from "~/server/db/prepared-query.server";
import { createUser } from "~/server/accounts/users.server";
import { setupTestApp, type TestApp } from "../../support/test-app";

const usersNamed = preparedQuery((db, name: string, orEmail: string) =>
  db
    .selectFrom("users")
    .select(["name", "email"])
    .where((eb) => eb.or([eb("name", "=", name), eb("email", "=", orEmail)]))
    .orderBy("email"),
);

describe.each<Driver>(["better-sqlite3", "libsql"])("preparedQuery on %s", (driver) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await setupTestApp({ driver });
    for (const [name, email] of [
      ["Ada", "ada@example.test"],
      ["Bea", "bea@example.test"],
      ["Cy", "cy@example.test"],
    ]) {
      await createUser({ email, name, passwordHash: null });
    }
  });
  afterAll(() => app.cleanup());

  it("binds each call's own arguments to the SQL compiled once", async () => {
    expect(await usersNamed("Ada", "nobody@example.test")).toEqual([{ name: "Ada", email: "ada@example.test" }]);
    expect(await usersNamed("Bea", "cy@example.test")).toEqual([
      { name: "Bea", email: "bea@example.test" },
      { name: "Cy", email: "cy@example.test" },
    ]);
    expect(await usersNamed("Nobody", "nobody@example.test")).toEqual([]);
  });

  it("compiles for the database in use: another database answers from its own rows", async () => {
    const previous = getDb();
    const other = createDatabase({ url: `file:${app.dir}/other.db`, driver });
    await migrateToLatest(other);
    setDb(other);
    try {
      await createUser({ email: "dee@example.test", name: "Dee", passwordHash: null });
      expect(await usersNamed("Ada", "dee@example.test")).toEqual([{ name: "Dee", email: "dee@example.test" }]);
    } finally {
      setDb(previous);
      await other.destroy();
    }
    expect(await usersNamed("Dee", "ada@example.test")).toEqual([{ name: "Ada", email: "ada@example.test" }]);
  });

  it("refuses a query that drops one of its arguments, rather than binding the wrong value", async () => {
    const forgetful = preparedQuery((db, name: string, _unused: string) =>
      db.selectFrom("users").select("name").where("name", "=", name),
    );
    await expect(forgetful("Ada", "x")).rejects.toThrow(/an argument never reached the SQL/);
  });
});
