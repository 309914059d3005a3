import { useLoaderData } from "@remix-run/react";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";

// One small query per request through Kysely, as the app's pages make theirs.
const db = new Kysely<object>({ dialect: new SqliteDialect({ database: new SQLite(":memory:") }) });

export async function loader() {
  const { rows } = await sql<{ n: number }>`select 42 as n`.execute(db);
  return { n: rows[0].n };
}

export default function Index() {
  const { n } = useLoaderData<typeof loader>();
  return <p>Hello from a bare Remix page ({n}).</p>;
}
