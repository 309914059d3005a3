import type { LibsqlDriver } from "@libsql/kysely-libsql";
import type { DatabaseConnection, Driver, TransactionSettings } from "kysely";

const BUSY_TIMEOUT_MS = 5000;

/**
 * @libsql/client on a local file, made to behave like our better-sqlite3 connection. The client hands its
 * connection to each transaction and opens a fresh one for what follows, and a fresh connection has
 * foreign keys off and no busy handler: cascades would silently not happen and a write beside a
 * transaction would fail at once with "database is locked". So, for `file:` URLs, one query or
 * transaction at a time (as better-sqlite3's single connection), and every new connection gets the
 * pragmas before anything else runs on it. Remote servers (libsql:, http(s):) are passed through.
 */
export class LocalLibsqlDriver implements Driver {
  #tail: Promise<void> = Promise.resolve();
  #unlock: (() => void) | undefined;

  constructor(private readonly inner: LibsqlDriver) {}

  async init() {
    await this.inner.init();
    // As the better-sqlite3 connection: readers beside the writer (persistent in the file).
    await this.inner.client.execute("PRAGMA journal_mode = WAL");
    await this.#configure();
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

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    await this.inner.beginTransaction(connection as never, settings);
    // The client's own connection went to the transaction: set up the one it opens next, now.
    await this.#configure();
  }

  async commitTransaction(connection: DatabaseConnection) {
    await this.inner.commitTransaction(connection as never);
  }

  async rollbackTransaction(connection: DatabaseConnection) {
    try {
      await this.inner.rollbackTransaction(connection as never);
    } catch (error) {
      // SQLite already rolled back (the statement that failed ended it): keep that error, not this one.
      if ((error as { code?: string }).code !== "TRANSACTION_CLOSED") throw error;
    }
  }

  async destroy() {
    await this.inner.destroy();
  }

  async #configure() {
    await this.inner.client.execute("PRAGMA foreign_keys = ON");
    await this.inner.client.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }
}
