import { randomUUID } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { Database } from "~/server/db/db-schema";
import { createPerson } from "~/server/people/people.server";
import { recordSecurityEvent } from "~/server/accounts/security-log.server";
import { startTracking, upsertCheckIn } from "~/server/remedies/store.server";
import { createShareLink } from "~/server/shares/share-links.server";
import { startSession } from "~/server/session/session.server";
import { issueUserToken } from "~/server/accounts/tokens.server";
import { testContext } from "../../support/test-app";

/**
 * The tests' own reading of the database schema, written independently of app/server/privacy/user-tables.server.ts
 * so that a mistake there can't hide itself: every table and column comes straight from SQLite.
 */

interface Column {
  name: string;
  type: string;
  notnull: number;
  pk: number;
  dflt_value: unknown;
}

interface ForeignKey {
  table: string;
  from: string;
  to: string | null;
}

export interface Table {
  name: string;
  sql: string;
  columns: Column[];
  foreignKeys: ForeignKey[];
}

export async function tables(db: Kysely<Database>): Promise<Table[]> {
  const { rows } = await sql<{ name: string; sql: string }>`
    select name, sql from sqlite_master
    where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'
    order by name`.execute(db);
  const result: Table[] = [];
  for (const { name, sql: ddl } of rows) {
    const columns = (await sql<Column>`select * from pragma_table_info(${name})`.execute(db)).rows;
    const foreignKeys = (await sql<ForeignKey>`select * from pragma_foreign_key_list(${name})`.execute(db)).rows;
    result.push({ name, sql: ddl, columns, foreignKeys });
  }
  return result;
}

const column = (table: Table, name: string) => table.columns.find((c) => c.name === name);

/**
 * Tables whose rows belong to a user: a `user_id` column, a NOT NULL foreign key to `users`, or a NOT NULL
 * foreign key to such a table (followed until nothing changes). `users` itself is left out.
 */
export function userOwnedTables(all: Table[]): string[] {
  const owned = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const table of all) {
      if (table.name === "users" || owned.has(table.name)) continue;
      const viaKey = table.foreignKeys.some(
        (fk) => column(table, fk.from)?.notnull && (fk.table === "users" || owned.has(fk.table)),
      );
      if (column(table, "user_id") || viaKey) {
        owned.add(table.name);
        grew = true;
      }
    }
  }
  return [...owned].sort();
}

/** Every (table, column) that can point at a user: `user_id` columns and every foreign key to `users`. */
export function userReferences(all: Table[]): Array<{ table: string; column: string }> {
  const refs = new Map<string, { table: string; column: string }>();
  for (const table of all) {
    if (column(table, "user_id")) refs.set(`${table.name}.user_id`, { table: table.name, column: "user_id" });
    for (const fk of table.foreignKeys)
      if (fk.table === "users") refs.set(`${table.name}.${fk.from}`, { table: table.name, column: fk.from });
  }
  return [...refs.values()];
}

export async function countWhere(db: Kysely<Database>, table: string, col: string, value: unknown): Promise<number> {
  const { rows } = await sql<{
    n: number;
  }>`select count(*) as n from ${sql.table(table)} where ${sql.ref(col)} = ${value}`.execute(db);
  return Number(rows[0].n);
}

/** Rows of `table` that belong to `userId`, following the same ownership rule as userOwnedTables. */
export async function ownedRows(
  db: Kysely<Database>,
  all: Table[],
  table: string,
  userId: string,
  depth = 0,
): Promise<Record<string, unknown>[]> {
  const t = all.find((x) => x.name === table)!;
  const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
  const mine: Record<string, unknown>[] = [];
  for (const row of rows) {
    if (row.user_id === userId) {
      mine.push(row);
      continue;
    }
    for (const fk of t.foreignKeys) {
      if (!column(t, fk.from)?.notnull || row[fk.from] == null) continue;
      if (fk.table === "users" && row[fk.from] === userId) {
        mine.push(row);
        break;
      }
      if (fk.table !== "users" && depth < 5) {
        const parents = await ownedRows(db, all, fk.table, userId, depth + 1);
        if (parents.some((p) => p[fk.to ?? "id"] === row[fk.from])) {
          mine.push(row);
          break;
        }
      }
    }
  }
  return mine;
}

/** Parents before children, so a seeded row can point at a row seeded just before. */
function parentsFirst(all: Table[], names: string[]): string[] {
  const ordered: string[] = [];
  const visit = (name: string, trail: string[]) => {
    if (ordered.includes(name) || trail.includes(name)) return;
    const table = all.find((t) => t.name === name)!;
    for (const fk of table.foreignKeys) if (names.includes(fk.table)) visit(fk.table, [...trail, name]);
    ordered.push(name);
  };
  for (const name of names) visit(name, []);
  return ordered;
}

/** The first literal of a `column in ('a', 'b')` check in the table's DDL, if there is one. */
function allowedValue(ddl: string, col: string): string | undefined {
  const match = new RegExp(`["\`]?${col}["\`]?\\s+in\\s*\\(\\s*'([^']*)'`, "i").exec(ddl);
  return match?.[1];
}

function dummyValue(table: Table, col: Column, userId: string, email: string): unknown {
  const allowed = allowedValue(table.sql, col.name);
  if (allowed !== undefined) return allowed;
  const type = col.type.toLowerCase();
  if (type.includes("int")) return Date.now();
  if (type.includes("real") || type.includes("floa") || type.includes("doub")) return 1.5;
  if (type.includes("blob")) return Buffer.from("seed");
  if (/date$/.test(col.name)) return "1990-05-17";
  if (/time_?zone$/.test(col.name)) return "Europe/Paris";
  if (/email$/.test(col.name)) return `seed.${randomUUID()}@example.com`;
  if (/json|data|payload|options|settings/.test(col.name)) return "{}";
  return `seed ${table.name}.${col.name} ${userId.slice(0, 8)} ${email.length}-${randomUUID()}`;
}

/** Per table, column values that the generic dummy wouldn't get right (e.g. a purge date far in the future). */
export type Overrides = Record<string, Record<string, unknown>>;

/**
 * Puts at least one row for `userId` in every user-owned table: through the app's own services where they
 * exist, then generically for any table still empty for this user (a row built from pragma_table_info,
 * foreign keys pointing at the user's rows). Returns the owned tables; throws naming a table it can't fill.
 */
export async function seedEverything(
  db: Kysely<Database>,
  userId: string,
  email: string,
  overrides: Overrides = {},
): Promise<string[]> {
  const request = new Request("http://localhost/seed", {
    headers: { "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0" },
  });
  await startSession(userId, request, testContext("198.51.100.7"));
  await recordSecurityEvent(userId, "login.success", request, testContext("198.51.100.7"), "password");
  await issueUserToken(userId, "verify-email");
  const person = await createPerson(
    userId,
    { name: "Maya", birthName: "Maya Angelou Johnson", birthDate: "1928-04-04", gender: "female", relation: "friend" },
    100,
  );
  await createShareLink(userId, { personId: person?.id ?? null, showName: true, showBirthDate: false });
  const tracking = await startTracking(userId, "lo-shu-3", "2026-11-30", null);
  if (tracking.ok)
    await upsertCheckIn(tracking.tracking.id, {
      date: "2026-11-30",
      done: true,
      rating: 4,
      moodBefore: "tense",
      moodAfter: "calm",
      note: "A note to export.",
    });

  const all = await tables(db);
  const owned = userOwnedTables(all);
  for (const name of parentsFirst(all, owned)) {
    if ((await ownedRows(db, all, name, userId)).length > 0) continue;
    const table = all.find((t) => t.name === name)!;
    const values: Record<string, unknown> = {};
    for (const col of table.columns) {
      if (col.pk === 1 && col.type.toLowerCase() === "integer") continue; // rowid alias: SQLite numbers it
      if (col.dflt_value !== null && !(col.name in (overrides[name] ?? {}))) continue; // the schema's default is a valid value
      const fk = table.foreignKeys.find((k) => k.from === col.name);
      if (col.name === "user_id" || fk?.table === "users") values[col.name] = userId;
      else if (fk) {
        const parents = owned.includes(fk.table)
          ? await ownedRows(db, all, fk.table, userId)
          : (await sql<Record<string, unknown>>`select * from ${sql.table(fk.table)} limit 1`.execute(db)).rows;
        values[col.name] = parents[0]?.[fk.to ?? "id"] ?? null;
      } else values[col.name] = dummyValue(table, col, userId, email);
    }
    Object.assign(values, overrides[name]);
    const cols = Object.keys(values);
    try {
      await sql`insert into ${sql.table(name)} (${sql.join(cols.map((c) => sql.ref(c)))}) values (${sql.join(cols.map((c) => values[c]))})`.execute(
        db,
      );
    } catch (error) {
      throw new Error(
        `couldn't seed a generic row in "${name}" (add a service-based seeder for it in tests/unit/privacy/schema-support.ts): ${String(error)}`,
      );
    }
  }
  for (const name of owned) {
    if ((await ownedRows(db, all, name, userId)).length === 0)
      throw new Error(`no row seeded for the user in "${name}"`);
  }
  return owned;
}

/**
 * Tables no migration has yet, standing in for the ones later issues add: one owned through `user_id`, one
 * owned only through its parent (no `user_id` of its own), one with a CHECK, and a nullable reference to
 * another user. Export and purge must handle them without being told about them.
 */
export async function addFutureTables(db: Kysely<Database>): Promise<void> {
  await sql`create table future_charts (
    id text primary key,
    user_id text not null references users(id) on delete cascade,
    kind text not null check (kind in ('natal', 'yearly')),
    title text not null,
    created_at integer not null)`.execute(db);
  await sql`create table future_chart_notes (
    id integer primary key autoincrement,
    chart_id text not null references future_charts(id),
    body text not null)`.execute(db);
  await sql`create table future_friendships (
    id text primary key,
    user_id text not null references users(id) on delete cascade,
    friend_user_id text references users(id),
    since_at integer)`.execute(db);
}
