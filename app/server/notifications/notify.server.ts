import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { quietHoursEnd } from "~/notifications/local-time";
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_TYPES,
  type NotificationChannel,
  type NotificationType,
} from "~/notifications/types";
import type { Database } from "~/server/db/db-schema";
import { getDb } from "~/server/db/db.server";
import { enqueue } from "~/server/outbox/outbox.server";
import { publishUnreadChange } from "./live.server";
import {
  EMAIL_KIND,
  notificationMessage,
  PUSH_KIND,
  type EmailPayload,
  type NotificationMessage,
  type PushPayload,
} from "./messages";
import { getNotificationSettings } from "./preferences.server";

export interface NotifyOptions {
  /** Same key, same notification: a repeat (a retried job, a second process) changes nothing. Random by default. */
  key?: string;
  now?: number;
  /** Channels to use instead of the user's choices for this type (the settings page's test). */
  channels?: readonly NotificationChannel[];
  db?: Kysely<Database>;
}

export interface Notified {
  notificationId: string | null;
  channels: NotificationChannel[];
}

/**
 * The one way any feature notifies someone. Writes the in-app notification and queues a push per device
 * and an email, each only if the user's preferences for `type` allow it; outside security notices, push
 * and email wait for quiet hours to end. Returns null when nothing was done (no such account, an account
 * scheduled for deletion, or a key seen before).
 */
export async function notify(
  userId: string,
  type: NotificationType,
  message: NotificationMessage,
  options: NotifyOptions = {},
): Promise<Notified | null> {
  const { title, body, url } = notificationMessage.parse(message);
  const db = options.db ?? getDb();
  const now = options.now ?? Date.now();
  const key = options.key ?? `${type}:${randomUUID()}`;
  const user = await db
    .selectFrom("users")
    .select(["timezone", "deactivated_at"])
    .where("id", "=", userId)
    .executeTakeFirst();
  // An account awaiting deletion hears only about its own security (the deletion notice itself).
  if (!user || (user.deactivated_at !== null && type !== "security")) return null;

  const settings = await getNotificationSettings(userId, db);
  const chosen = options.channels ?? NOTIFICATION_CHANNELS.filter((channel) => settings.channels[type][channel]);
  const channels = new Set(chosen);
  const subscriptions = channels.has("push")
    ? await db.selectFrom("push_subscriptions").select("id").where("user_id", "=", userId).execute()
    : [];
  const notBefore = NOTIFICATION_TYPES[type].waitsForQuietHours
    ? (quietHoursEnd(settings.quietHours, user.timezone ?? "UTC", now) ?? now)
    : now;

  const notificationId = channels.has("in_app") ? randomUUID() : null;
  // Inside a caller's transaction (the billing webhook's), the rows commit or roll back with its writes.
  const inTransaction = <T>(work: (trx: Kysely<Database>) => Promise<T>) =>
    db.isTransaction ? work(db) : db.transaction().execute(work);
  const done = await inTransaction(async (trx) => {
    if (notificationId) {
      const inserted = await trx
        .insertInto("notifications")
        .values({
          id: notificationId,
          user_id: userId,
          type,
          title,
          body,
          url,
          dedupe_id: key,
          created_at: now,
          read_at: null,
        })
        .onConflict((oc) => oc.column("dedupe_id").doNothing())
        .executeTakeFirst();
      if (!inserted.numInsertedOrUpdatedRows) return false;
    }
    const common = { userId, db: trx, now, notBefore };
    for (const subscription of subscriptions) {
      const payload: PushPayload = { subscriptionId: subscription.id, notificationId, type, title, body, url };
      await enqueue(PUSH_KIND, payload, { ...common, key: `${key}:push:${subscription.id}` });
    }
    if (channels.has("email")) {
      const payload: EmailPayload = { userId, type, title, body, url };
      await enqueue(EMAIL_KIND, payload, { ...common, key: `${key}:email` });
    }
    return true;
  });
  if (!done) return null;
  if (notificationId) publishUnreadChange(userId);
  return { notificationId, channels: [...channels] };
}
