import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "~/server/db/db-schema";
import { getDb } from "~/server/db/db.server";
import { startOutboxWorker, stopOutboxWorker } from "~/server/outbox/worker.server";
import { action as loginAction } from "~/routes/login";
import { action as signupAction } from "~/routes/signup";
import { routeArgs, type Outcome } from "../../support/route";
import { startSmtpCapture } from "../../support/smtp-capture";
import { cookiesFrom, formRequest, run, setupTestApp, type TestApp } from "../../support/test-app";

export type SmtpCapture = Awaited<ReturnType<typeof startSmtpCapture>>;
export type { Outcome } from "../../support/route";

/** Long, uncommon and unrelated to any test address: passes every password rule. */
export const PASSWORD = "violet-harbour-lantern-42";
export const NEW_PASSWORD = "quiet-meadow-compass-77";

export interface Harness {
  app: TestApp;
  smtp: SmtpCapture;
  close(): Promise<void>;
}

/**
 * A temp SQLite file plus a real SMTP server the app mails to. The per-IP limit is raised so that only
 * the limits a test sets out to exercise can trip.
 */
export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const smtp = await startSmtpCapture();
  const app = await setupTestApp({ env: { SMTP_URL: smtp.url, RATE_LIMIT_PER_IP: "1000", ...env } });
  // Mail goes through the outbox, delivered by its worker as in the running app.
  startOutboxWorker();
  return {
    app,
    smtp,
    async close() {
      await stopOutboxWorker();
      await app.cleanup();
      await smtp.close();
    },
  };
}

/** Signs up through the form (which starts no session), then logs in: the cookie of the new account's session. */
export async function signUp(
  email: string,
  options: { password?: string; name?: string; cookie?: string } = {},
): Promise<{ cookie: string; userId: string; outcome: Outcome }> {
  const { password = PASSWORD, name = "Test Person" } = options;
  const outcome = await run(() =>
    signupAction(routeArgs(formRequest("/signup", { name, email, password }, { cookie: options.cookie }))),
  );
  if (outcome.status !== 200 || !(outcome.data as { sentTo?: string } | undefined)?.sentTo)
    throw new Error(`sign-up of ${email} failed: ${JSON.stringify(outcome.data)}`);
  return { cookie: await session(email, password), userId: await userIdOf(email), outcome };
}

export async function logIn(
  email: string,
  password: string,
  options: { cookie?: string; redirectTo?: string; userAgent?: string } = {},
): Promise<Outcome & { cookie: string; location: string | null }> {
  const fields: Record<string, string> = { email, password };
  if (options.redirectTo !== undefined) fields.redirectTo = options.redirectTo;
  const request = formRequest("/login", fields, { cookie: options.cookie });
  if (options.userAgent) request.headers.set("User-Agent", options.userAgent);
  const outcome = await run(() => loginAction(routeArgs(request)));
  const cookie = outcome.response ? cookiesFrom(outcome.response, options.cookie) : (options.cookie ?? "");
  return { ...outcome, cookie, location: outcome.response?.headers.get("Location") ?? null };
}

/** Signs in with the password and returns only the cookie, failing loudly otherwise. */
export async function session(email: string, password = PASSWORD, userAgent?: string): Promise<string> {
  const result = await logIn(email, password, { userAgent });
  if (result.status !== 302) throw new Error(`login of ${email} failed: ${JSON.stringify(result.data)}`);
  return result.cookie;
}

/** The database the current harness made (setupTestApp hands it to the app). */
const db = (): Kysely<Database> => getDb();

export async function userIdOf(email: string): Promise<string> {
  const row = await db()
    .selectFrom("users")
    .select("id")
    .where("email", "=", email.trim().toLowerCase())
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function countRows(table: keyof Database): Promise<number> {
  const row = await db()
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function sessionCount(userId: string): Promise<number> {
  const rows = await db().selectFrom("sessions").select("id_hash").where("user_id", "=", userId).execute();
  return rows.length;
}

/** SHA-256 in base64url, computed here rather than with the app's helper. */
export const sha256 = (value: string) => createHash("sha256").update(value).digest("base64url");

/**
 * What a signed Remix cookie carries: `base64(JSON(value)).signature`, URL-encoded.
 * Decoded by hand so the test sees exactly what the browser stores.
 */
export function cookiePayload(cookieHeader: string, name = "__session"): unknown {
  const pair = cookieHeader.split(/;\s*/).find((p) => p.startsWith(`${name}=`));
  if (!pair) throw new Error(`no ${name} cookie in ${cookieHeader}`);
  const value = decodeURIComponent(pair.slice(name.length + 1));
  const encoded = value.slice(0, value.lastIndexOf("."));
  return JSON.parse(Buffer.from(encoded, "base64").toString("utf8"));
}

/** The raw session id in the cookie (what `id_hash` must be the hash of). */
export function sessionIdOf(cookieHeader: string): string {
  const id = cookiePayload(cookieHeader);
  if (typeof id !== "string") throw new Error("session cookie does not hold a string");
  return id;
}

export const sessionHashOf = (cookieHeader: string) => sha256(sessionIdOf(cookieHeader));

export const tokenOf = (link: string) => {
  const token = new URL(link).searchParams.get("token");
  if (!token) throw new Error(`no token in ${link}`);
  return token;
};

export const mailsTo = (smtp: SmtpCapture, email: string, subject?: RegExp) =>
  smtp.messages.filter((m) => m.to.includes(email.toLowerCase()) && (!subject || subject.test(m.subject)));
