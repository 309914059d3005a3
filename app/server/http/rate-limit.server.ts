import { sql } from "kysely";
import { getDb } from "~/server/db/db.server";
import { getEnv } from "~/server/config/env.server";

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

/**
 * Fixed-window counter kept in the database, so every app process shares it.
 * Counts this hit and says whether it is within `limit`.
 */
export async function hitRateLimit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
  const now = Date.now();
  const row = await getDb()
    .insertInto("rate_limits")
    .values({ key, count: 1, reset_at: now + windowMs })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        count: sql`case when rate_limits.reset_at <= ${now} then 1 else rate_limits.count + 1 end`,
        reset_at: sql`case when rate_limits.reset_at <= ${now} then ${now + windowMs} else rate_limits.reset_at end`,
      }),
    )
    .returning(["count", "reset_at"])
    .executeTakeFirstOrThrow();
  return {
    allowed: row.count <= limit,
    count: row.count,
    retryAfterSeconds: Math.max(1, Math.ceil((row.reset_at - now) / 1000)),
  };
}

/** The current count without adding to it (e.g. failed logins so far). */
export async function peekRateLimit(key: string): Promise<{ count: number; retryAfterSeconds: number }> {
  const now = Date.now();
  const row = await getDb()
    .selectFrom("rate_limits")
    .select(["count", "reset_at"])
    .where("key", "=", key)
    .where("reset_at", ">", now)
    .executeTakeFirst();
  return row
    ? { count: row.count, retryAfterSeconds: Math.ceil((row.reset_at - now) / 1000) }
    : { count: 0, retryAfterSeconds: 0 };
}

export async function clearRateLimit(key: string): Promise<void> {
  await getDb().deleteFrom("rate_limits").where("key", "=", key).execute();
}

export type LimitedAction = "signup" | "login" | "reset" | "resend";

/** Per-IP limit for the public forms; returns a message for people when over. */
export async function limitByIp(action: LimitedAction, ip: string | null): Promise<string | null> {
  const env = getEnv();
  const windowMs = env.RATE_LIMIT_WINDOW_MINUTES * 60_000;
  const result = await hitRateLimit(`ip:${action}:${ip ?? "unknown"}`, env.RATE_LIMIT_PER_IP, windowMs);
  return result.allowed ? null : tooManyMessage(result.retryAfterSeconds);
}

const PASSWORD_CHECKS_PER_HOUR = 5;

/**
 * Signed-in forms that check the password (delete account, change password) count every attempt before
 * checking it, so a stolen session can't be used to guess the password. A message when over the limit.
 */
export async function limitPasswordChecks(form: "delete-account" | "change-password", userId: string) {
  const result = await hitRateLimit(`${form}:${userId}`, PASSWORD_CHECKS_PER_HOUR, 60 * 60_000);
  return result.allowed ? null : tooManyMessage(result.retryAfterSeconds);
}

export function tooManyMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many attempts. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`;
}
