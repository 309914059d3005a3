import type { Kysely } from "kysely";
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_TYPE_NAMES,
  NOTIFICATION_TYPES,
  type NotificationChannel,
  type NotificationType,
} from "~/notifications/types";
import type { QuietHours } from "~/notifications/local-time";
import type { Database } from "~/server/db/db-schema";
import { getDb } from "~/server/db/db.server";

export type ChannelChoices = Record<NotificationType, Record<NotificationChannel, boolean>>;

export interface NotificationSettings {
  channels: ChannelChoices;
  quietHours: QuietHours | null;
  dailyTime: string;
}

export const DEFAULT_DAILY_TIME = "08:00";

function defaultChoices(): ChannelChoices {
  return Object.fromEntries(
    NOTIFICATION_TYPE_NAMES.map((type) => [type, { ...NOTIFICATION_TYPES[type].defaults }]),
  ) as ChannelChoices;
}

/** The user's choices: their saved rows over each type's defaults. */
export async function getNotificationSettings(
  userId: string,
  db: Kysely<Database> = getDb(),
): Promise<NotificationSettings> {
  const [rows, settings] = await Promise.all([
    db
      .selectFrom("notification_preferences")
      .select(["type", "channel", "enabled"])
      .where("user_id", "=", userId)
      .execute(),
    db
      .selectFrom("notification_settings")
      .select(["quiet_start", "quiet_end", "daily_time"])
      .where("user_id", "=", userId)
      .executeTakeFirst(),
  ]);
  const channels = defaultChoices();
  for (const row of rows) {
    // Rows for a type or channel since retired are ignored rather than trusted.
    if (channels[row.type]?.[row.channel] !== undefined) channels[row.type][row.channel] = row.enabled === 1;
  }
  const quietHours =
    settings?.quiet_start && settings.quiet_end ? { start: settings.quiet_start, end: settings.quiet_end } : null;
  return { channels, quietHours, dailyTime: settings?.daily_time ?? DEFAULT_DAILY_TIME };
}

/** Saves every choice; a changed daily time makes the scheduler look at the user again now. */
export async function saveNotificationSettings(userId: string, settings: NotificationSettings, now = Date.now()) {
  await getDb()
    .transaction()
    .execute(async (trx) => {
      const rows = NOTIFICATION_TYPE_NAMES.flatMap((type) =>
        NOTIFICATION_CHANNELS.map((channel) => ({
          user_id: userId,
          type,
          channel,
          enabled: settings.channels[type][channel] ? 1 : 0,
        })),
      );
      await trx
        .insertInto("notification_preferences")
        .values(rows)
        .onConflict((oc) =>
          oc.columns(["user_id", "type", "channel"]).doUpdateSet((eb) => ({ enabled: eb.ref("excluded.enabled") })),
        )
        .execute();
      const values = {
        quiet_start: settings.quietHours?.start ?? null,
        quiet_end: settings.quietHours?.end ?? null,
        daily_time: settings.dailyTime,
        updated_at: now,
      };
      await trx
        .insertInto("notification_settings")
        .values({ user_id: userId, ...values, daily_next_due_at: now })
        .onConflict((oc) => oc.column("user_id").doUpdateSet({ ...values, daily_next_due_at: now }))
        .execute();
    });
}

/** A changed time zone or birth date: the scheduler works out this user's next daily reading on its next pass. */
export async function rescheduleDailyReading(userId: string, now = Date.now()) {
  await getDb()
    .insertInto("notification_settings")
    .values({ user_id: userId, daily_next_due_at: now, updated_at: now })
    .onConflict((oc) => oc.column("user_id").doUpdateSet({ daily_next_due_at: now }))
    .execute();
}
