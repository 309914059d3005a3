import { sql } from "kysely";
import { getDb } from "~/server/db/db.server";
import { getEnv } from "~/server/config/env.server";
import { hitRateLimit } from "~/server/http/rate-limit.server";
import { normalizeEmail } from "./users.server";

/**
 * Failed-login throttling per account *and* source (docs/decisions/006-login-throttling.md). A source
 * (client IP) that fails RATE_LIMIT_LOGIN_FAILURES times on an account is refused on it until the
 * window ends; once the account has RATE_LIMIT_ACCOUNT_FAILURES failures from everywhere, only sources
 * with no failures of their own may still try. So an attacker can't lock the owner out, and a password
 * reset by email clears the lot. Every attempt is counted before its password is checked (one atomic
 * upsert), and a success takes back only its own count, so a burst can't slip past the limit.
 */

const PREFIX = "login-failures:";
// Keys end with the email, so the account purge (which deletes keys ending with it) takes them too.
const sourceKey = (email: string, ip: string | null) => `${PREFIX}${ip ?? "unknown"}:${normalizeEmail(email)}`;
const accountKey = (email: string) => `${PREFIX}${normalizeEmail(email)}`;

export type LoginAttempt =
  { allowed: true; succeeded(): Promise<void> } | { allowed: false; retryAfterSeconds: number };

export async function startLoginAttempt(email: string, ip: string | null): Promise<LoginAttempt> {
  const env = getEnv();
  const windowMs = env.RATE_LIMIT_WINDOW_MINUTES * 60_000;
  const keys = [sourceKey(email, ip), accountKey(email)];
  const source = await hitRateLimit(keys[0], env.RATE_LIMIT_LOGIN_FAILURES, windowMs);
  if (!source.allowed) return { allowed: false, retryAfterSeconds: source.retryAfterSeconds };
  const account = await hitRateLimit(keys[1], env.RATE_LIMIT_ACCOUNT_FAILURES, windowMs);
  if (!account.allowed && source.count > 1) return { allowed: false, retryAfterSeconds: account.retryAfterSeconds };
  return { allowed: true, succeeded: () => uncount(keys) };
}

async function uncount(keys: string[]) {
  await getDb()
    .updateTable("rate_limits")
    .set({ count: sql`max(count - 1, 0)` })
    .where("key", "in", keys)
    .execute();
}

/** Unlocks the account everywhere: its owner proved control of the email (a password reset). */
export async function clearLoginFailures(email: string): Promise<void> {
  const tail = `:${normalizeEmail(email)}`;
  await getDb()
    .deleteFrom("rate_limits")
    .where(sql<boolean>`substr(key, 1, ${PREFIX.length}) = ${PREFIX} and substr(key, -length(${tail})) = ${tail}`)
    .execute();
}
