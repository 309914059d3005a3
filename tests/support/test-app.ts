import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AppLoadContext } from "@remix-run/node";
import type { Kysely } from "kysely";
import type { Database } from "~/server/db/db-schema";
import { closeDb, createDatabase, migrateToLatest, setDb, type Driver } from "~/server/db/db.server";
import { resetEnvForTests } from "~/server/config/env.server";
import { resetMailForTests } from "~/server/mail/mail.server";
import { resetSessionCookieForTests } from "~/server/session/session.server";

export interface TestApp {
  dir: string;
  db: Kysely<Database>;
  cleanup(): Promise<void>;
}

// Test files share a worker's module cache (vitest `isolate: false`), so each file starts from the
// environment the worker began with, not from what an earlier file set.
const WORKER_ENV = { ...process.env };

function resetProcessEnv(overrides: Record<string, string>) {
  for (const key of Object.keys(process.env)) if (!(key in WORKER_ENV)) delete process.env[key];
  Object.assign(process.env, WORKER_ENV, overrides);
}

/**
 * A fresh app state per test file: a real SQLite file in a temp folder (migrated), and the
 * configuration the app would read from the environment. Nothing is mocked.
 */
export async function setupTestApp(options: { env?: Record<string, string>; driver?: Driver } = {}): Promise<TestApp> {
  const dir = mkdtempSync(path.join(tmpdir(), "numerai-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  resetProcessEnv({
    NODE_ENV: "test",
    DATA_DIR: dir,
    DATABASE_URL: url,
    SESSION_SECRET: "test-secret-that-is-long-enough-1234567890",
    LOG_LEVEL: "silent",
    ...options.env,
  });
  resetEnvForTests();
  resetSessionCookieForTests();
  resetMailForTests();
  // npm run test:unit:libsql runs every file through the LibSQL dialect (DATABASE_DRIVER=libsql).
  const db = createDatabase({ url, driver: options.driver ?? (process.env.DATABASE_DRIVER as Driver | undefined) });
  await migrateToLatest(db);
  setDb(db);
  return {
    dir,
    db,
    async cleanup() {
      await closeDb();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const testContext = (ip = "127.0.0.1"): AppLoadContext => ({
  nonce: "test-nonce",
  requestId: "test-request",
  ip,
  serverHtml: new Map(),
});

/** A browser-like POST of form fields, as a no-JS form submission sends it. */
export function formRequest(
  pathname: string,
  fields: Record<string, string>,
  options: { cookie?: string; origin?: string } = {},
) {
  const origin = options.origin ?? "http://localhost";
  const headers = new Headers({
    "Content-Type": "application/x-www-form-urlencoded",
    Origin: origin,
    "User-Agent": "vitest",
  });
  if (options.cookie) headers.set("Cookie", options.cookie);
  return new Request(`http://localhost${pathname}`, { method: "POST", headers, body: new URLSearchParams(fields) });
}

export function getRequest(pathname: string, cookie?: string) {
  return new Request(`http://localhost${pathname}`, {
    headers: cookie ? { Cookie: cookie, "User-Agent": "vitest" } : { "User-Agent": "vitest" },
  });
}

/** The `name=value` part of every Set-Cookie, ready to send back as a Cookie header. */
export function cookiesFrom(response: Response, previous = ""): string {
  const split = (pair: string): [string, string] => [
    pair.slice(0, pair.indexOf("=")),
    pair.slice(pair.indexOf("=") + 1),
  ];
  const jar = new Map(previous.split(/;\s*/).filter(Boolean).map(split));
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const [name, value] = split(pair);
    if (/max-age=0|expires=thu, 01 jan 1970/i.test(header) || value === "") jar.delete(name);
    else jar.set(name, value);
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

type DataResult<T> = { type: "DataWithResponseInit"; data: T; init: ResponseInit | null };

/** Runs a loader/action and normalises its outcome: a thrown or returned Response, or data with its status. */
export async function run<T>(fn: () => Promise<T>): Promise<{ status: number; response?: Response; data?: unknown }> {
  try {
    const result = (await fn()) as unknown;
    if (result instanceof Response) return { status: result.status, response: result };
    if (result && typeof result === "object" && (result as DataResult<unknown>).type === "DataWithResponseInit") {
      const { data, init } = result as DataResult<unknown>;
      return {
        status: init?.status ?? 200,
        data,
        response: new Response(null, { status: 200, headers: init?.headers }),
      };
    }
    return { status: 200, data: result };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, response: thrown };
    throw thrown;
  }
}
