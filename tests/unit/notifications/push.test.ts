import { globalAgent } from "node:https";
import { rootCertificates } from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/server/db/db.server";
import { deliveries } from "~/server/outbox/deliveries.server";
import { runOutboxPass } from "~/server/outbox/outbox.server";
import { notify } from "~/server/notifications/notify.server";
import { retryAfterMs } from "~/server/notifications/push-delivery.server";
import { savePushSubscription } from "~/server/notifications/push-subscriptions.server";
import { getVapid } from "~/server/notifications/vapid.server";
import { startJobProcess } from "../../support/job-process";
import { startPushService, type PushService } from "../../support/push-service";
import { setupTestApp, type TestApp } from "../../support/test-app";
import { makeUser } from "../../support/factories";
import { PASSWORD } from "../privacy/helpers";

let app: TestApp;
let push: PushService;
const originalCa = globalAgent.options.ca;
beforeAll(async () => {
  push = await startPushService();
  // This process trusts the test's certificate as a production host trusts a real one (a child gets NODE_EXTRA_CA_CERTS).
  globalAgent.options.ca = [...rootCertificates, push.ca.toString()];
  app = await setupTestApp();
});
afterAll(async () => {
  globalAgent.options.ca = originalCa;
  await app.cleanup();
  await push.close();
});

const db = () => getDb();
const message = { title: "Payment failed", body: "Your card was declined.", url: "/settings/billing" };
const pushOnly = { channels: ["push"] as const };

async function userWithDevices(email: string, ...devices: ReturnType<PushService["subscribe"]>[]) {
  const user = await makeUser({ email: email, password: PASSWORD });
  const ids = [];
  for (const device of devices) ids.push((await savePushSubscription(user.id, device, "Chrome")).id);
  return { user, ids };
}

const pendingPush = () =>
  db()
    .selectFrom("outbox")
    .selectAll()
    .where("kind", "=", "notification-push")
    .where("status", "=", "pending")
    .execute();

describe("web push to a real (local) push service", () => {
  it("encrypts with aes128gcm to the device's keys and signs with VAPID; TTL, urgency and topic per type", async () => {
    const device = push.subscribe();
    const { user } = await userWithDevices("pushed@example.com", device);
    const sent = await notify(user.id, "billing", message, { channels: ["in_app", "push"] });
    expect(await runOutboxPass(deliveries)).toMatchObject({ sent: 1, retried: 0, dead: 0 });
    expect(push.errors).toEqual([]);
    const [received] = push.received.filter((m) => m.endpoint === device.endpoint);
    expect(received).toMatchObject({
      ttl: String(48 * 3600),
      urgency: "normal",
      topic: expect.stringMatching(/^[\w-]{32}$/),
      vapidKey: getVapid().publicKey,
      subject: "mailto:privacy@numerai.local",
      payload: { id: sent!.notificationId, type: "billing", ...message },
    });
  });

  it("deletes a subscription the push service says is gone (404, 410), without retrying", async () => {
    const gone = push.subscribe({ answer: { status: 410 } });
    const missing = push.subscribe({ answer: { status: 404 } });
    const { user } = await userWithDevices("gone@example.com", gone, missing);
    await notify(user.id, "security", message, pushOnly);
    expect(await runOutboxPass(deliveries)).toMatchObject({ sent: 2, retried: 0 });
    expect(await db().selectFrom("push_subscriptions").select("id").where("user_id", "=", user.id).execute()).toEqual(
      [],
    );
  });

  it("retries 429 and 5xx no sooner than Retry-After; one dead endpoint never holds up another user's push", async () => {
    const slow = push.subscribe({ answer: { status: 429, headers: { "Retry-After": "3600" } } });
    const broken = push.subscribe({ answer: { status: 503 } });
    const healthy = push.subscribe();
    const a = await userWithDevices("busy@example.com", slow, broken);
    const b = await userWithDevices("fine@example.com", healthy);
    const now = Date.now();
    await notify(a.user.id, "account", message, { ...pushOnly, now });
    await notify(b.user.id, "account", message, { ...pushOnly, now });
    expect(await runOutboxPass(deliveries, { now: () => now })).toMatchObject({ sent: 1, retried: 2 });
    expect(push.received.some((m) => m.endpoint === healthy.endpoint)).toBe(true);
    const waiting = await pendingPush();
    const retryAt = (subscriptionId: string) =>
      waiting.find((row) => row.payload.includes(subscriptionId))?.next_attempt_at;
    const [slowId, brokenId] = a.ids;
    expect(retryAt(slowId)).toBe(now + 3600_000); // Retry-After beats the 30 s backoff
    expect(retryAt(brokenId)).toBe(now + 30_000);
    await db().deleteFrom("outbox").where("status", "=", "pending").execute();
  });

  it("reads Retry-After as seconds or as a date", () => {
    expect(retryAfterMs("120")).toBe(120_000);
    expect(retryAfterMs(new Date(Date.UTC(2030, 0, 1, 0, 1)).toUTCString(), Date.UTC(2030, 0, 1))).toBe(60_000);
    expect(retryAfterMs("soon")).toBe(0);
    expect(retryAfterMs(undefined)).toBe(0);
  });

  it("a process killed between the send and recording it: the next process resends under the same topic, so the device gets one", async () => {
    let killed: (() => void) | undefined;
    const device = push.subscribe({ onReceive: () => killed?.() });
    const { user } = await userWithDevices("crash@example.com", device);
    const now = Date.now();
    await notify(user.id, "daily_reading", message, { ...pushOnly, now });

    const other = await startJobProcess({
      DATABASE_URL: `file:${app.dir}/test.db`,
      DATA_DIR: app.dir,
      NODE_EXTRA_CA_CERTS: push.caFile,
      LOG_LEVEL: "silent",
    });
    killed = () => other.child.kill("SIGKILL");
    expect(await other.run("outbox", now)).toBeNull(); // died mid-pass
    killed = undefined;
    const [row] = await pendingPush();
    expect(row).toMatchObject({ attempts: 0, status: "pending" });

    // Its lease lapses; this process takes over and sends again.
    expect(await runOutboxPass(deliveries, { now: () => now + 61_000 })).toMatchObject({ ran: true, sent: 1 });
    const requests = push.requests.filter((endpoint) => endpoint === device.endpoint);
    expect(requests).toHaveLength(2);
    expect(push.received.filter((m) => m.endpoint === device.endpoint)).toHaveLength(1);
  }, 30_000);
});
