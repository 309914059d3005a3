import { sql, type Kysely, type RawBuilder } from "kysely";

/**
 * Which rows belong to a user, read from the database schema itself rather than from a list kept by
 * hand, so a table added by a later migration is exported and purged without anyone remembering to.
 *
 * A table is owned when it has a `user_id` column, a NOT NULL foreign key to `users`, or a NOT NULL
 * foreign key to a table that is itself owned (e.g. a reading that belongs to a person). A nullable
 * foreign key to the user (or to their rows) from elsewhere is a mere reference: the purge clears it.
 */

// The schema handle is untyped on purpose: these tables are discovered, not declared.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export interface ColumnInfo {
  name: string;
  type: string;
  notNull: boolean;
  /** 1-based position in the primary key, 0 when not part of it. */
  pk: number;
  hasDefault: boolean;
}

export interface ForeignKey {
  column: string;
  table: string;
  to: string;
}

export interface TableSchema {
  name: string;
  sql: string;
  columns: ColumnInfo[];
  foreignKeys: ForeignKey[];
}

/** How a table's rows lead to their owner: through a column holding the user id, or through a parent row. */
export type OwnerLink = { column: string; parent: "users" } | { column: string; parent: string; parentKey: string };

export interface OwnedTable {
  name: string;
  links: OwnerLink[];
  /** Columns that hold secrets or values derived from them; never exported. */
  secretColumns: string[];
}

export interface Reference {
  table: string;
  column: string;
  /** "users" or an owned table. */
  target: string;
  targetKey: string;
}

export interface UserDataPlan {
  /** Every user-owned table except `users` itself, children before the parents they point at. */
  owned: OwnedTable[];
  /** Nullable columns elsewhere that point at the user or their rows: cleared, not deleted. */
  references: Reference[];
}

export const USERS = "users";
const INTERNAL = /^(sqlite_|kysely_)/;

/** Secrets and values derived from them (password and token hashes, push keys). */
export function isSecretColumn(name: string): boolean {
  return /(^|_)(hash|secret|token|key|auth|p256dh|password)$/i.test(name);
}

interface TableInfoRow {
  name: string;
  type: string;
  notnull: number;
  pk: number;
  dflt_value: unknown;
}

interface ForeignKeyRow {
  table: string;
  from: string;
  to: string | null;
}

export async function readSchema(db: AnyDb): Promise<TableSchema[]> {
  const { rows: tables } = await sql<{ name: string; sql: string }>`
    select name, sql from sqlite_master where type = 'table' order by name`.execute(db);
  const result: TableSchema[] = [];
  for (const table of tables) {
    if (INTERNAL.test(table.name)) continue;
    const { rows: info } = await sql<TableInfoRow>`select * from pragma_table_info(${table.name})`.execute(db);
    const { rows: keys } = await sql<ForeignKeyRow>`select * from pragma_foreign_key_list(${table.name})`.execute(db);
    result.push({
      name: table.name,
      sql: table.sql,
      columns: info.map((c) => ({
        name: c.name,
        type: c.type.toLowerCase(),
        notNull: c.notnull === 1,
        pk: c.pk,
        hasDefault: c.dflt_value !== null,
      })),
      foreignKeys: keys.map((k) => ({ column: k.from, table: k.table, to: k.to ?? "" })),
    });
  }
  // A foreign key written as `references parent` (no column) points at the parent's primary key.
  for (const table of result) {
    for (const key of table.foreignKeys) {
      if (!key.to) key.to = result.find((t) => t.name === key.table)?.columns.find((c) => c.pk === 1)?.name ?? "rowid";
    }
  }
  return result;
}

/** Works out which tables hold a user's rows, how to find them, and in which order to delete them. */
export function planUserData(schema: TableSchema[]): UserDataPlan {
  const byName = new Map(schema.map((t) => [t.name, t]));
  const links = new Map<string, OwnerLink[]>();
  const isOwner = (name: string) => name === USERS || links.has(name);

  // Ownership spreads from users down foreign keys until nothing changes (tables may chain: user → person → reading).
  for (let changed = true; changed;) {
    changed = false;
    for (const table of schema) {
      if (table.name === USERS || links.has(table.name)) continue;
      const found: OwnerLink[] = [];
      const userIdColumn = table.columns.find((c) => c.name === "user_id");
      if (userIdColumn) found.push({ column: "user_id", parent: USERS });
      for (const key of table.foreignKeys) {
        const column = table.columns.find((c) => c.name === key.column);
        if (!column?.notNull || !isOwner(key.table) || key.column === "user_id") continue;
        found.push(
          key.table === USERS
            ? { column: key.column, parent: USERS }
            : { column: key.column, parent: key.table, parentKey: key.to },
        );
      }
      if (found.length) {
        links.set(table.name, found);
        changed = true;
      }
    }
  }

  const references: Reference[] = [];
  for (const table of schema) {
    for (const key of table.foreignKeys) {
      const column = table.columns.find((c) => c.name === key.column);
      if (column?.notNull || key.column === "user_id" || !isOwner(key.table)) continue;
      references.push({ table: table.name, column: key.column, target: key.table, targetKey: key.to });
    }
  }

  return {
    owned: deletionOrder([...links.keys()], links).map((name) => ({
      name,
      links: links.get(name)!,
      secretColumns: byName
        .get(name)!
        .columns.filter((c) => isSecretColumn(c.name))
        .map((c) => c.name),
    })),
    references,
  };
}

/** Children first: a table is deleted before any owned table it points at (ties broken by name). */
function deletionOrder(names: string[], links: Map<string, OwnerLink[]>): string[] {
  const ordered: string[] = [];
  const pending = new Set([...names].sort());
  while (pending.size) {
    const ready = [...pending].filter(
      (name) => ![...pending].some((other) => other !== name && pointsAt(other, name, links)),
    );
    // A cycle between owned tables cannot be ordered; deleting in name order is then the best we can do.
    const next = ready.length ? ready : [...pending];
    for (const name of next) {
      ordered.push(name);
      pending.delete(name);
    }
  }
  return ordered;
}

const pointsAt = (child: string, parent: string, links: Map<string, OwnerLink[]>) =>
  links.get(child)?.some((link) => link.parent === parent) ?? false;

/** A `where` condition matching the user's rows in an owned table (or the user row itself). */
export function ownedRowsCondition(plan: UserDataPlan, table: string, userId: string, depth = 0): RawBuilder<unknown> {
  if (table === USERS) return sql`${sql.ref("id")} = ${userId}`;
  const owned = plan.owned.find((t) => t.name === table);
  if (!owned || depth > 8) return sql`0`;
  const parts = owned.links.map((link) =>
    "parentKey" in link
      ? sql`${sql.ref(link.column)} in (select ${sql.ref(link.parentKey)} from ${sql.table(link.parent)} where ${ownedRowsCondition(plan, link.parent, userId, depth + 1)})`
      : sql`${sql.ref(link.column)} = ${userId}`,
  );
  return sql`(${sql.join(parts, sql` or `)})`;
}

/**
 * A `where` condition matching other people's rows whose reference column points at the user or one of their
 * rows (the user's own rows are deleted whole, so they are left alone).
 */
export function referenceCondition(plan: UserDataPlan, reference: Reference, userId: string): RawBuilder<unknown> {
  const points =
    reference.target === USERS
      ? sql`${sql.ref(reference.column)} = ${userId}`
      : sql`${sql.ref(reference.column)} in (select ${sql.ref(reference.targetKey)} from ${sql.table(reference.target)} where ${ownedRowsCondition(plan, reference.target, userId)})`;
  const ownTable = plan.owned.some((t) => t.name === reference.table);
  return ownTable ? sql`${points} and not ${ownedRowsCondition(plan, reference.table, userId)}` : points;
}

export async function userDataPlan(db: AnyDb): Promise<UserDataPlan> {
  return planUserData(await readSchema(db));
}
