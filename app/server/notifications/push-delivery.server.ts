import { createHash } from "node:crypto";
import webpush, { WebPushError } from "web-push";
import { NOTIFICATION_TYPES } from "~/notifications/types";
import { getDb } from "~/server/db/db.server";
import { getLogger } from "~/server/config/logger.server";
import { RetryLater, type DeliveryContext } from "~/server/outbox/outbox.server";
import type { PushPayload } from "./messages";
import { getVapid } from "./vapid.server";

const TIMEOUT_MS = 10_000;

/** RFC 8030 topic (≤ 32 base64url characters): a resend after a crash replaces the first at the push service. */
export const topicFor = (key: string) => createHash("sha256").update(key).digest("base64url").slice(0, 32);

/** Seconds or an HTTP date, as Retry-After allows; 0 when absent or unreadable. */
export function retryAfterMs(header: string | undefined, now = Date.now()): number {
  if (!header) return 0;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? 0 : Math.max(0, date - now);
}

/**
 * Sends one notification to one device (aes128gcm, VAPID). A 404 or 410 means the subscription is gone:
 * it is deleted and the work is done. 429 and 5xx are retried no sooner than the push service asks.
 */
export async function deliverPush(payload: PushPayload, { key }: DeliveryContext): Promise<void> {
  const subscription = await getDb()
    .selectFrom("push_subscriptions")
    .select(["id", "endpoint", "p256dh", "auth"])
    .where("id", "=", payload.subscriptionId)
    .executeTakeFirst();
  if (!subscription) return; // removed since: nobody to tell
  const vapid = getVapid();
  const { push } = NOTIFICATION_TYPES[payload.type];
  const message = {
    id: payload.notificationId,
    type: payload.type,
    title: payload.title,
    body: payload.body,
    url: payload.url,
  };
  try {
    await webpush.sendNotification(
      { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
      JSON.stringify(message),
      {
        vapidDetails: vapid,
        TTL: push.ttlSeconds,
        urgency: push.urgency,
        topic: topicFor(key),
        contentEncoding: "aes128gcm",
        timeout: TIMEOUT_MS,
      },
    );
  } catch (error) {
    if (!(error instanceof WebPushError)) throw error;
    if (error.statusCode === 404 || error.statusCode === 410) {
      await getDb().deleteFrom("push_subscriptions").where("id", "=", subscription.id).execute();
      getLogger().info(
        { subscriptionId: subscription.id, status: error.statusCode },
        "push subscription gone; deleted",
      );
      return;
    }
    const wait = retryAfterMs(error.headers?.["retry-after"]);
    throw new RetryLater(`push service answered ${error.statusCode}`, wait);
  }
}
