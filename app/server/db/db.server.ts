import { mkdirSync } from "node:fs";
import path from "node:path";
import { LibsqlDialect, type LibsqlDriver } from "@libsql/kysely-libsql";
import SQLite from "better-sqlite3";
import {
  CompiledQuery,
  Kysely,
  Migrator,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  sql,
  type DatabaseConnection,
  type Migration,
  type SqliteDatabase,
  type SqliteDialectConfig,
} from "kysely";
import { migrations } from "../../../migrations/index";
import type { Database } from "./db-schema";
import { LocalLibsqlDriver } from "./libsql-driver.server";
import { getEnv } from "~/server/config/env.server";

export type Driver = "better-sqlite3" | "libsql";

export interface DatabaseOptions {
  url: string;
  authToken?: string;
  /** Defaults by scheme: `file:` → better-sqlite3; `libsql:`, `http(s):` → LibSQL. */
  driver?: Driver;
}

export function driverFor(url: string): Driver {
  return /^(libsql|https?):/.test(url) ? "libsql" : "better-sqlite3";
}

function sqliteFilePath(url: string): string {
  const file = url.replace(/^file:/, "");
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return file;
}

/**
 * SQLite runs DDL inside transactions (Kysely assumes it can't), so the migrator may run every pending
 * migration in one: a crash or an error mid-way leaves nothing half-applied.
 */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl() {
    return true;
  }
}

/**
 * Transactions begin IMMEDIATE: they take the write lock at the start, waiting (busy_timeout) while another
 * process holds it, instead of failing when a read inside them turns into a write. LibSQL's transactions
 * already do ("write" mode). This is also what serialises two processes migrating the same file.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

class AppSqliteDialect extends SqliteDialect {
  constructor(private readonly config: SqliteDialectConfig) {
    super(config);
  }
  override createDriver() {
    return new ImmediateSqliteDriver(this.config);
  }
  override createAdapter() {
    return new TransactionalDdlAdapter();
  }
}

class AppLibsqlDialect extends LibsqlDialect {
  constructor(
    private readonly url: string,
    authToken: string | undefined,
  ) {
    super({ url, authToken });
  }
  override createAdapter() {
    return new TransactionalDdlAdapter();
  }
  override createDriver() {
    const driver = super.createDriver() as LibsqlDriver;
    return this.url.startsWith("file:") ? new LocalLibsqlDriver(driver) : driver;
  }
}

/**
 * Switching a fresh file to WAL needs a lock for a moment, and SQLite answers SQLITE_BUSY at once (no busy
 * handler) when another process starting at the same instant holds it, as the app and a job can.
 */
function enableWal(database: SQLite.Database) {
  for (let attempt = 1; ; attempt++) {
    try {
      database.pragma("journal_mode = WAL");
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== "SQLITE_BUSY" || attempt === 50) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 * attempt);
    }
  }
}

const STATEMENTS_KEPT = 500;

/**
 * Kysely prepares every query anew; the app runs the same few hundred SQL texts, so their statements are
 * kept (oldest dropped past STATEMENTS_KEPT). Safe: Kysely runs one query at a time on this connection.
 */
function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(text) {
      let statement = statements.get(text);
      if (!statement) {
        statement = database.prepare(text);
        if (statements.size >= STATEMENTS_KEPT) statements.delete(statements.keys().next().value!);
        statements.set(text, statement);
      }
      return statement;
    },
  };
}

export function createDatabase({ url, authToken, driver = driverFor(url) }: DatabaseOptions): Kysely<Database> {
  if (driver === "libsql") {
    if (url.startsWith("file:")) sqliteFilePath(url);
    return new Kysely<Database>({ dialect: new AppLibsqlDialect(url, authToken) });
  }
  const database = new SQLite(sqliteFilePath(url), { timeout: 5000 });
  // One writer connection: WAL lets readers run beside it; NORMAL is durable across app crashes in WAL mode.
  enableWal(database);
  database.pragma("synchronous = NORMAL");
  database.pragma("foreign_keys = ON");
  return new Kysely<Database>({ dialect: new AppSqliteDialect({ database: withStatementCache(database) }) });
}

/**
 * Applies pending migrations, all in one IMMEDIATE transaction: a second process (the app and
 * `npm run job:purge` both migrate at start) waits for the first and then finds nothing to do.
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  list: Record<string, Migration> = migrations,
): Promise<string[]> {
  // better-sqlite3 set this at connect; LibSQL's local connection needs it said once.
  await sql`PRAGMA foreign_keys = ON`.execute(db);
  // Numbers are reserved per issue and may land out of order (0008 before 0007): apply whatever is missing.
  const migrator = new Migrator({ db, provider: { getMigrations: async () => list }, allowUnorderedMigrations: true });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) throw error;
  return results.filter((r) => r.status === "Success").map((r) => r.migrationName);
}

let instance: Kysely<Database> | undefined;

export function getDb(): Kysely<Database> {
  if (!instance) {
    const env = getEnv();
    instance = createDatabase({
      url: env.DATABASE_URL,
      authToken: env.DATABASE_AUTH_TOKEN,
      driver: env.DATABASE_DRIVER,
    });
  }
  return instance;
}

/** Lets tests (and tools) point the app at a database they made. */
export function setDb(db: Kysely<Database> | undefined) {
  instance = db;
}

export async function closeDb() {
  const db = instance;
  instance = undefined;
  await db?.destroy();
}

export async function isDbHealthy(): Promise<boolean> {
  try {
    await sql`select 1`.execute(getDb());
    return true;
  } catch {
    return false;
  }
}
