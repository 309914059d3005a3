/**
 * Trackings and check-ins. Every function takes the owner's id and puts it in the where clause
 * (check-ins through their tracking): another user's tracking is indistinguishable from a missing one.
 */
import { randomUUID } from "node:crypto";
import { withinLimit, type Limit } from "~/billing/plans";
import type { Mood } from "~/forms/remedy-lists";
import type { RemedyCheckIn, RemedyTracking } from "../db/db-schema";
import { getDb } from "../db/db.server";

export async function listTrackings(ownerId: string): Promise<RemedyTracking[]> {
  return getDb()
    .selectFrom("remedy_trackings")
    .selectAll()
    .where("user_id", "=", ownerId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

export async function getTracking(ownerId: string, id: string): Promise<RemedyTracking | undefined> {
  return getDb()
    .selectFrom("remedy_trackings")
    .selectAll()
    .where("user_id", "=", ownerId)
    .where("id", "=", id)
    .executeTakeFirst();
}

export type StartOutcome = { ok: true; tracking: RemedyTracking; resumed: boolean } | { ok: false; reason: "limit" };

/**
 * Starts tracking a remedy, or resumes a stopped tracking of it (its history stays), unless the owner
 * already tracks `limit` remedies; the count and the write share one transaction so two racing
 * submissions cannot both pass. Tracking a remedy already tracked changes nothing.
 */
export async function startTracking(
  ownerId: string,
  remedyId: string,
  today: string,
  limit: Limit,
): Promise<StartOutcome> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const existing = await trx
        .selectFrom("remedy_trackings")
        .selectAll()
        .where("user_id", "=", ownerId)
        .where("remedy_id", "=", remedyId)
        .executeTakeFirst();
      if (existing && existing.stopped_at === null) return { ok: true, tracking: existing, resumed: false };
      const { n } = await trx
        .selectFrom("remedy_trackings")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("user_id", "=", ownerId)
        .where("stopped_at", "is", null)
        .executeTakeFirstOrThrow();
      if (!withinLimit(Number(n), limit)) return { ok: false, reason: "limit" };
      const now = Date.now();
      if (existing) {
        const resumed = { ...existing, stopped_at: null, started_on: today, updated_at: now };
        await trx
          .updateTable("remedy_trackings")
          .set({ stopped_at: null, started_on: today, updated_at: now })
          .where("id", "=", existing.id)
          .execute();
        return { ok: true, tracking: resumed, resumed: true };
      }
      const tracking: RemedyTracking = {
        id: randomUUID(),
        user_id: ownerId,
        remedy_id: remedyId,
        started_on: today,
        stopped_at: null,
        reminder_time: null,
        reminder_days: null,
        reminder_next_at: null,
        created_at: now,
        updated_at: now,
      };
      await trx.insertInto("remedy_trackings").values(tracking).execute();
      return { ok: true, tracking, resumed: false };
    });
}

export async function countActiveTrackings(ownerId: string): Promise<number> {
  const row = await getDb()
    .selectFrom("remedy_trackings")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", ownerId)
    .where("stopped_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Stops tracking (check-ins and reminder settings stay; no reminder is due). False when not the owner's. */
export async function stopTracking(ownerId: string, id: string): Promise<boolean> {
  const now = Date.now();
  const result = await getDb()
    .updateTable("remedy_trackings")
    .set({ stopped_at: now, reminder_next_at: null, updated_at: now })
    .where("user_id", "=", ownerId)
    .where("id", "=", id)
    .where("stopped_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export interface ReminderSettings {
  time: string | null;
  days: string | null;
  nextAt: number | null;
}

export async function saveReminder(ownerId: string, id: string, reminder: ReminderSettings): Promise<boolean> {
  const result = await getDb()
    .updateTable("remedy_trackings")
    .set({
      reminder_time: reminder.time,
      reminder_days: reminder.days,
      reminder_next_at: reminder.nextAt,
      updated_at: Date.now(),
    })
    .where("user_id", "=", ownerId)
    .where("id", "=", id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export interface CheckInInput {
  date: string;
  done: boolean;
  rating: number | null;
  moodBefore: Mood | null;
  moodAfter: Mood | null;
  note: string | null;
}

/** One check-in per tracking and day: a second one for the same day replaces the first. */
export async function upsertCheckIn(trackingId: string, input: CheckInInput): Promise<void> {
  const now = Date.now();
  const values = {
    done: input.done ? 1 : 0,
    rating: input.rating,
    mood_before: input.moodBefore,
    mood_after: input.moodAfter,
    note: input.note,
    updated_at: now,
  };
  await getDb()
    .insertInto("remedy_check_ins")
    .values({ tracking_id: trackingId, date: input.date, created_at: now, ...values })
    .onConflict((oc) => oc.columns(["tracking_id", "date"]).doUpdateSet(values))
    .execute();
}

/** The owner's check-ins for the given trackings (all of theirs when omitted), newest first. */
export async function listCheckIns(ownerId: string, trackingIds?: readonly string[]): Promise<RemedyCheckIn[]> {
  if (trackingIds && !trackingIds.length) return [];
  let query = getDb()
    .selectFrom("remedy_check_ins as c")
    .innerJoin("remedy_trackings as t", "t.id", "c.tracking_id")
    .selectAll("c")
    .where("t.user_id", "=", ownerId);
  if (trackingIds) query = query.where("c.tracking_id", "in", trackingIds);
  return query.orderBy("c.date", "desc").orderBy("c.tracking_id").execute();
}
