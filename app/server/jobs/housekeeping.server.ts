import type { Kysely } from "kysely";
import type { Database } from "~/server/db/db-schema";
import { getDb } from "~/server/db/db.server";
import { getLogger } from "~/server/config/logger.server";
import { acquireLease, newHolder, releaseLease } from "./lease.server";

/**
 * Deletes what has served its purpose, so no table grows without end (rate-limit keys are partly chosen
 * by whoever sends requests): expired sessions, used or expired link tokens, rate-limit windows that
 * have ended, outbox rows done a week ago (set aside a month ago), and in-app notifications older than 90 days.
 */

export const HOUSEKEEPING_JOB = "housekeeping";
const LEASE_MS = 5 * 60 * 1000;
const DAY = 24 * 60 * 60 * 1000;
export const KEEP_SENT_OUTBOX_MS = 7 * DAY;
export const KEEP_DEAD_OUTBOX_MS = 30 * DAY;
export const KEEP_NOTIFICATIONS_MS = 90 * DAY;

export interface HousekeepingRun {
  ran: boolean;
  deleted: Record<"sessions" | "tokens" | "rateLimits" | "outbox" | "notifications", number>;
}

export async function runHousekeeping(
  options: { db?: Kysely<Database>; now?: () => number; holder?: string } = {},
): Promise<HousekeepingRun> {
  const db = options.db ?? getDb();
  const now = (options.now ?? Date.now)();
  const holder = options.holder ?? newHolder();
  const run: HousekeepingRun = {
    ran: false,
    deleted: { sessions: 0, tokens: 0, rateLimits: 0, outbox: 0, notifications: 0 },
  };
  if (!(await acquireLease(db, HOUSEKEEPING_JOB, holder, now, LEASE_MS))) return run;
  run.ran = true;
  const count = (result: { numDeletedRows: bigint }) => Number(result.numDeletedRows);
  try {
    run.deleted.sessions = count(await db.deleteFrom("sessions").where("expires_at", "<=", now).executeTakeFirst());
    run.deleted.tokens = count(
      await db
        .deleteFrom("user_tokens")
        .where((eb) => eb.or([eb("used_at", "is not", null), eb("expires_at", "<=", now)]))
        .executeTakeFirst(),
    );
    run.deleted.rateLimits = count(await db.deleteFrom("rate_limits").where("reset_at", "<=", now).executeTakeFirst());
    run.deleted.outbox = count(
      await db
        .deleteFrom("outbox")
        .where((eb) =>
          eb.or([
            eb.and([eb("status", "=", "sent"), eb("updated_at", "<=", now - KEEP_SENT_OUTBOX_MS)]),
            eb.and([eb("status", "=", "dead"), eb("updated_at", "<=", now - KEEP_DEAD_OUTBOX_MS)]),
          ]),
        )
        .executeTakeFirst(),
    );
    run.deleted.notifications = count(
      await db
        .deleteFrom("notifications")
        .where("created_at", "<=", now - KEEP_NOTIFICATIONS_MS)
        .executeTakeFirst(),
    );
  } finally {
    await releaseLease(db, HOUSEKEEPING_JOB, holder);
  }
  getLogger().info({ job: HOUSEKEEPING_JOB, ...run.deleted }, "housekeeping done");
  return run;
}
