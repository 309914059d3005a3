import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { pushSubscriptionSchema } from "~/forms/notifications";
import { describeDevice } from "~/lib/text/user-agent";
import { getDb } from "~/server/db/db.server";

export type PushSubscriptionInput = z.infer<typeof pushSubscriptionSchema>;

/**
 * Registers this browser's subscription; the same endpoint again updates the one row (its keys may
 * have been renewed, or another account signed in on the device: the endpoint follows the newest).
 */
export async function savePushSubscription(
  userId: string,
  input: PushSubscriptionInput,
  userAgent: string | null,
  now = Date.now(),
): Promise<{ id: string; created: boolean }> {
  const values = {
    user_id: userId,
    p256dh: input.keys.p256dh,
    auth: input.keys.auth,
    user_agent: userAgent?.slice(0, 300) ?? null,
  };
  const id = randomUUID();
  const row = await getDb()
    .insertInto("push_subscriptions")
    .values({ id, endpoint: input.endpoint, created_at: now, ...values })
    .onConflict((oc) => oc.column("endpoint").doUpdateSet(values))
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id: row.id, created: row.id === id };
}

export async function listDevices(userId: string) {
  const rows = await getDb()
    .selectFrom("push_subscriptions")
    .select(["id", "user_agent", "created_at"])
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .execute();
  return rows.map((row) => ({ id: row.id, device: describeDevice(row.user_agent), createdAt: row.created_at }));
}

/** False when the device isn't one of this user's (the route answers 404). */
export async function removeDevice(userId: string, id: string): Promise<boolean> {
  const row = await getDb()
    .deleteFrom("push_subscriptions")
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row.numDeletedRows > 0n;
}
