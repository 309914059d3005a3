/**
 * The due-reminder job: every tracking whose `reminder_next_at` has come (an indexed read) gets one
 * reminder, unless that local day is already checked in, and its next instant is worked out again in
 * the user's current time zone. Runs under a database lease, so one process sends however many run.
 */
import type { Kysely } from "kysely";
import { dateInTimeZone } from "~/lib/dates/local-dates";
import type { Database } from "../db/db-schema";
import { getDb } from "../db/db.server";
import { acquireLease, newHolder, releaseLease } from "../jobs/lease.server";
import { getLogger } from "../config/logger.server";
import { notify } from "../notifications/notify.server";
import { nextReminder, parseDays } from "./reminder-schedule";
import { remedyById } from "./selection";

export const REMEDY_REMINDERS_JOB = "remedy-reminders";
const LEASE_MS = 2 * 60 * 1000;
/** A reminder more than this late (the app was down) is not sent; the next one is scheduled instead. */
export const STALE_AFTER_MS = 3 * 60 * 60 * 1000;
const BATCH = 500;

export interface ReminderMessage {
  title: string;
  body: string;
  /** A path on this site. */
  url: string;
}

/** `key` is the same for the same tracking and day, so a repeated pass sends nothing twice. */
export type SendReminder = (userId: string, message: ReminderMessage, key: string) => Promise<unknown>;

export interface ReminderRun {
  ran: boolean;
  sent: number;
  skipped: number;
}

export async function runRemedyReminders(
  options: { send?: SendReminder; db?: Kysely<Database>; now?: () => number; holder?: string } = {},
): Promise<ReminderRun> {
  const db = options.db ?? getDb();
  const now = (options.now ?? Date.now)();
  // The notification pipeline applies the user's preferences for remedy reminders, quiet hours and push.
  const send: SendReminder =
    options.send ?? ((userId, message, key) => notify(userId, "remedy_reminder", message, { key, db, now }));
  const holder = options.holder ?? newHolder();
  const run: ReminderRun = { ran: false, sent: 0, skipped: 0 };
  if (!(await acquireLease(db, REMEDY_REMINDERS_JOB, holder, now, LEASE_MS))) return run;
  run.ran = true;
  try {
    const due = await db
      .selectFrom("remedy_trackings as t")
      .innerJoin("users as u", "u.id", "t.user_id")
      .select(["t.id", "t.user_id", "t.remedy_id", "t.reminder_time", "t.reminder_days", "t.reminder_next_at"])
      .select(["u.timezone", "u.deactivated_at"])
      .where("t.reminder_next_at", "<=", now)
      .where("t.stopped_at", "is", null)
      .orderBy("t.reminder_next_at")
      .limit(BATCH)
      .execute();
    for (const row of due) {
      const timeZone = row.timezone ?? "UTC";
      const dueAt = row.reminder_next_at!;
      const date = dateInTimeZone(timeZone, new Date(dueAt));
      const checkedIn = await db
        .selectFrom("remedy_check_ins")
        .select("date")
        .where("tracking_id", "=", row.id)
        .where("date", "=", date)
        .executeTakeFirst();
      const remedy = remedyById(row.remedy_id);
      if (checkedIn || row.deactivated_at !== null || now - dueAt > STALE_AFTER_MS || !remedy) run.skipped += 1;
      else {
        try {
          const message = {
            title: `Time for: ${remedy.title}`,
            body: remedy.how,
            url: `/remedies/tracking/${row.id}?date=${date}#check-in`,
          };
          await send(row.user_id, message, `remedy_reminder:${row.id}:${date}`);
          run.sent += 1;
        } catch (error) {
          getLogger().error({ err: error, job: REMEDY_REMINDERS_JOB, trackingId: row.id }, "remedy reminder not sent");
        }
      }
      const next = row.reminder_time
        ? nextReminder({ time: row.reminder_time, days: parseDays(row.reminder_days), timeZone }, now)
        : null;
      await db
        .updateTable("remedy_trackings")
        .set({ reminder_next_at: next?.at ?? null })
        .where("id", "=", row.id)
        .execute();
    }
  } finally {
    await releaseLease(db, REMEDY_REMINDERS_JOB, holder);
  }
  if (run.sent || run.skipped) getLogger().info({ job: REMEDY_REMINDERS_JOB, ...run }, "remedy reminders done");
  return run;
}
