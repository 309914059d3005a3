import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { instantAt } from "~/notifications/local-time";
import { NOTIFICATION_CHANNELS, NOTIFICATION_TYPE_NAMES, NOTIFICATION_TYPES } from "~/notifications/types";
import { getDb } from "~/server/db/db.server";
import { EMAIL_KIND, PUSH_KIND } from "~/server/notifications/messages";
import { notify } from "~/server/notifications/notify.server";
import { saveNotificationSettings, type ChannelChoices } from "~/server/notifications/preferences.server";
import { updateUser } from "~/server/accounts/users.server";
import { setupTestApp, type TestApp } from "../../support/test-app";
import { makeUser } from "../../support/factories";
import { PASSWORD } from "../privacy/helpers";

let app: TestApp;
beforeAll(async () => {
  app = await setupTestApp();
});
afterAll(() => app.cleanup());

const db = () => getDb();
const message = { title: "Hello", body: "Something happened.", url: "/notifications" };
const QUIET = { start: "22:00", end: "07:00" };
const ZONE = "Asia/Kolkata";
// 23:30 in Kolkata (inside 22:00–07:00) and 12:00 (outside).
const INSIDE = instantAt("2027-01-10", "23:30", ZONE);
const OUTSIDE = instantAt("2027-01-10", "12:00", ZONE);
const QUIET_END = instantAt("2027-01-11", "07:00", ZONE);

function only(type: (typeof NOTIFICATION_TYPE_NAMES)[number], channels: Record<string, boolean>): ChannelChoices {
  return Object.fromEntries(
    NOTIFICATION_TYPE_NAMES.map((t) => [
      t,
      Object.fromEntries(NOTIFICATION_CHANNELS.map((c) => [c, t === type && Boolean(channels[c])])),
    ]),
  ) as ChannelChoices;
}

async function userWithDevice(email: string) {
  const user = await makeUser({ email: email, password: PASSWORD });
  await updateUser(user.id, { timezone: ZONE });
  await db()
    .insertInto("push_subscriptions")
    .values(
      [1, 2].map((n) => ({
        id: `${email}-device-${n}`,
        user_id: user.id,
        endpoint: `https://push.example/${email}/${n}`,
        p256dh: "p",
        auth: "a",
        user_agent: null,
        created_at: 0,
      })),
    )
    .execute();
  return user;
}

const outboxOf = (userId: string) =>
  db()
    .selectFrom("outbox")
    .select(["kind", "next_attempt_at", "idempotency_id"])
    .where("user_id", "=", userId)
    .execute();

describe("notify(): preferences × quiet hours", () => {
  // Every type, every on/off combination of the three channels, inside and outside quiet hours.
  const combos = [0, 1, 2, 3, 4, 5, 6, 7].map((bits) => ({
    in_app: Boolean(bits & 1),
    push: Boolean(bits & 2),
    email: Boolean(bits & 4),
  }));
  let n = 0;
  for (const type of NOTIFICATION_TYPE_NAMES) {
    it(`${type}: writes and queues exactly the enabled channels; quiet hours ${
      NOTIFICATION_TYPES[type].waitsForQuietHours ? "defer push and email" : "don't hold it back"
    }`, async () => {
      for (const channels of combos) {
        for (const at of [INSIDE, OUTSIDE]) {
          const user = await userWithDevice(`matrix-${(n += 1)}@example.com`);
          await saveNotificationSettings(user.id, {
            channels: only(type, channels),
            quietHours: QUIET,
            dailyTime: "08:00",
          });
          const result = await notify(user.id, type, message, { now: at });
          expect(result?.channels.sort()).toEqual(NOTIFICATION_CHANNELS.filter((c) => channels[c]).sort());

          const inApp = await db().selectFrom("notifications").selectAll().where("user_id", "=", user.id).execute();
          expect(inApp).toHaveLength(channels.in_app ? 1 : 0);
          const rows = await outboxOf(user.id);
          expect(rows.filter((r) => r.kind === PUSH_KIND)).toHaveLength(channels.push ? 2 : 0);
          expect(rows.filter((r) => r.kind === EMAIL_KIND)).toHaveLength(channels.email ? 1 : 0);
          const deferred = at === INSIDE && NOTIFICATION_TYPES[type].waitsForQuietHours;
          for (const row of rows) expect(row.next_attempt_at).toBe(deferred ? QUIET_END : at);
        }
      }
    });
  }

  it("never makes two notifications for one key, and tells the badge stream nothing new", async () => {
    const user = await userWithDevice("twice@example.com");
    const first = await notify(user.id, "billing", message, { key: "billing:invoice-1" });
    expect(first?.notificationId).toBeTruthy();
    expect(await notify(user.id, "billing", message, { key: "billing:invoice-1" })).toBeNull();
    expect(await db().selectFrom("notifications").select("id").where("user_id", "=", user.id).execute()).toHaveLength(
      1,
    );
    expect(await outboxOf(user.id)).toHaveLength(3); // two devices and one email
  });

  it("keeps quiet for an account scheduled for deletion, except its security notices", async () => {
    const user = await makeUser({ email: "leaving@example.com", password: PASSWORD });
    await updateUser(user.id, { deactivated_at: Date.now() });
    expect(await notify(user.id, "daily_reading", message)).toBeNull();
    expect(await notify(user.id, "security", message)).not.toBeNull();
    expect(await notify("no-such-user", "security", message)).toBeNull();
  });

  it("refuses a message whose link leaves the app", async () => {
    const user = await makeUser({ email: "links@example.com", password: PASSWORD });
    await expect(notify(user.id, "account", { ...message, url: "https://evil.example/" })).rejects.toThrow();
    await expect(notify(user.id, "account", { ...message, url: "//evil.example/" })).rejects.toThrow();
  });
});
