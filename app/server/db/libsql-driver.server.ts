import type { LibsqlDriver } from "@libsql/kysely-libsql";
import type { DatabaseConnection, Driver } from "kysely";

const BUSY_TIMEOUT_MS = 5000;

/**
 * @libsql/client on a local file, made to behave like our better-sqlite3 connection. Left to itself the
 * client hands its connection to each transaction and opens a fresh one for what follows (never closing
 * the old one), and a fresh connection has foreign keys off and no busy handler: cascades would silently
 * not happen and a write beside a transaction fails with "database is locked". So, for `file:` URLs: one
 * connection, set up once, and one query or transaction at a time on it (as better-sqlite3's single
 * connection), with transactions as plain BEGIN IMMEDIATE / COMMIT / ROLLBACK statements.
 * Remote servers (libsql:, http(s):) keep the client's own transactions.
 */
export class LocalLibsqlDriver implements Driver {
  #tail: Promise<void> = Promise.resolve();
  #unlock: (() => void) | undefined;

  constructor(private readonly inner: LibsqlDriver) {}

  async init() {
    await this.inner.init();
    const client = this.inner.client;
    // As the better-sqlite3 connection: readers beside the writer (persistent in the file).
    await client.execute("PRAGMA journal_mode = WAL");
    await client.execute("PRAGMA foreign_keys = ON");
    await client.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.#tail;
    let unlock!: () => void;
    this.#tail = new Promise<void>((resolve) => (unlock = resolve));
    await previous;
    this.#unlock = unlock;
    return this.inner.acquireConnection();
  }

  async releaseConnection(connection: DatabaseConnection) {
    await this.inner.releaseConnection(connection as never);
    this.#unlock?.();
  }

  async beginTransaction() {
    await this.inner.client.execute("BEGIN IMMEDIATE");
  }

  async commitTransaction() {
    await this.inner.client.execute("COMMIT");
  }

  async rollbackTransaction() {
    try {
      await this.inner.client.execute("ROLLBACK");
    } catch (error) {
      // SQLite already rolled back (the statement that failed ended it): keep that error, not this one.
      if (!/no transaction is active/i.test(String(error))) throw error;
    }
  }

  async destroy() {
    await this.inner.destroy();
  }
}
