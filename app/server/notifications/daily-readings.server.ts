import type { Kysely } from "kysely";
import { dailyReading } from "~/content";
import { formatLongDate } from "~/lib/dates/local-dates";
import { personalDayOn } from "~/lib/view-models/day-numbers";
import { planDailyReading } from "~/notifications/daily-schedule";
import type { Database } from "~/server/db/db-schema";
import { getDb } from "~/server/db/db.server";
import { acquireLease, newHolder, releaseLease } from "~/server/jobs/lease.server";
import { getLogger } from "~/server/config/logger.server";
import { notify } from "./notify.server";

export const DAILY_READINGS_JOB = "daily-readings";
const LEASE_MS = 60_000;
const BATCH = 200;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface DailyRun {
  ran: boolean;
  sent: number;
  rescheduled: number;
}

/** The notification for `date`: the Personal Day's reading in our own words, linking to the day's page. */
export function dailyMessage(birthDate: string, date: string) {
  const number = personalDayOn(birthDate, date);
  const reading = dailyReading(number, date);
  return {
    title: `${formatLongDate(date)}: ${reading.title}`,
    body: `Personal Day ${number}. ${reading.reading}`,
    url: `/daily/${date}`,
  };
}

/**
 * One pass under the database lease: every user whose indexed `daily_next_due_at` has come (so a pass
 * costs what is due, not how many users there are) is sent today's reading if it is time and not yet
 * sent, and given their next due instant. notify()'s key (user + local date) makes a repeat after a crash,
 * or a second process, a no-op.
 */
export async function runDailyReadings(
  options: { db?: Kysely<Database>; now?: () => number; holder?: string } = {},
): Promise<DailyRun> {
  const db = options.db ?? getDb();
  const clock = options.now ?? Date.now;
  const holder = options.holder ?? newHolder();
  const run: DailyRun = { ran: false, sent: 0, rescheduled: 0 };
  if (!(await acquireLease(db, DAILY_READINGS_JOB, holder, clock(), LEASE_MS))) return run;
  run.ran = true;
  try {
    for (;;) {
      const now = clock();
      const due = await db
        .selectFrom("notification_settings as s")
        .innerJoin("users as u", "u.id", "s.user_id")
        .select(["s.user_id", "s.daily_time", "s.daily_last_date", "u.timezone", "u.birth_date", "u.deactivated_at"])
        .where("s.daily_next_due_at", "<=", now)
        .orderBy("s.daily_next_due_at")
        .limit(BATCH)
        .execute();
      if (!due.length) break;
      if (!(await acquireLease(db, DAILY_READINGS_JOB, holder, now, LEASE_MS))) return run;
      for (const row of due) {
        if (!row.timezone || !row.birth_date) {
          // Not onboarded: looked at again when they save a time zone and birth date.
          await reschedule(db, row.user_id, null, row.daily_last_date);
          continue;
        }
        if (row.deactivated_at !== null) {
          await reschedule(db, row.user_id, now + DAY_MS, row.daily_last_date);
          continue;
        }
        const plan = planDailyReading(
          { timeZone: row.timezone, dailyTime: row.daily_time, lastDate: row.daily_last_date },
          now,
        );
        if (plan.sendFor) {
          await notify(row.user_id, "daily_reading", dailyMessage(row.birth_date, plan.sendFor), {
            key: `daily_reading:${row.user_id}:${plan.sendFor}`,
            now,
            db,
          });
          run.sent += 1;
        } else run.rescheduled += 1;
        await reschedule(db, row.user_id, plan.nextDueAt, plan.sendFor ?? row.daily_last_date);
      }
    }
  } finally {
    await releaseLease(db, DAILY_READINGS_JOB, holder);
  }
  if (run.sent) getLogger().info({ job: DAILY_READINGS_JOB, ...run }, "daily readings sent");
  return run;
}

async function reschedule(db: Kysely<Database>, userId: string, nextDueAt: number | null, lastDate: string | null) {
  await db
    .updateTable("notification_settings")
    .set({ daily_next_due_at: nextDueAt, daily_last_date: lastDate })
    .where("user_id", "=", userId)
    .execute();
}
