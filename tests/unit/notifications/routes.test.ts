import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loader as rootLoader } from "~/root";
import { action as centreAction, loader as centreLoader } from "~/routes/notifications._index";
import { loader as countLoader } from "~/routes/notifications.count";
import { action as subscribeAction } from "~/routes/notifications.push-subscriptions";
import { action as settingsAction, loader as settingsLoader } from "~/routes/settings.notifications";
import { action as testAction } from "~/routes/settings.notifications.[test]";
import { getDb } from "~/server/db/db.server";
import { EMAIL_KIND } from "~/server/notifications/messages";
import { notify } from "~/server/notifications/notify.server";
import { getNotificationSettings } from "~/server/notifications/preferences.server";
import { buildExport } from "~/server/privacy/data-export.server";
import { formRequest, getRequest, run, setupTestApp, type TestApp } from "../../support/test-app";
import { PASSWORD } from "../privacy/helpers";
import { makeUser, signedInCookie } from "../../support/factories";
import { routeArgs, fieldErrors, flashOf } from "../../support/route";

let app: TestApp;
let owner: { id: string; cookie: string };
let stranger: { id: string; cookie: string };
beforeAll(async () => {
  app = await setupTestApp();
  for (const [name, email] of [
    ["owner", "owner@example.com"],
    ["stranger", "stranger@example.com"],
  ] as const) {
    const user = await makeUser({ email: email, password: PASSWORD });
    const account = { id: user.id, cookie: await signedInCookie(user.id) };
    if (name === "owner") owner = account;
    else stranger = account;
  }
});
afterAll(() => app.cleanup());

const db = () => getDb();
let clock = Date.now() - 60_000;
async function notifyOwner(count: number, type: "billing" | "daily_reading" = "billing") {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const sent = await notify(
      owner.id,
      type,
      { title: `${type} ${i}`, body: "", url: "/dashboard" },
      { now: (clock += 1), channels: ["in_app"] },
    );
    ids.push(sent!.notificationId!);
  }
  return ids;
}
const page = (path: string, cookie = owner.cookie) => run(() => centreLoader(routeArgs(getRequest(path, cookie))));
const post = (fields: Record<string, string>, cookie = owner.cookie, path = "/notifications") =>
  run(() => centreAction(routeArgs(formRequest(path, fields, { cookie }))));
type Centre = Awaited<ReturnType<typeof centreLoader>>;

describe("/notifications", () => {
  it("lists newest first, 20 a page, filters by type, and says the unread count", async () => {
    await db().deleteFrom("notifications").execute();
    await notifyOwner(22, "billing");
    await notifyOwner(3, "daily_reading");
    const first = (await page("/notifications")).data as Centre;
    expect(first.items).toHaveLength(20);
    expect(first.items[0].title).toBe("daily_reading 2");
    expect(first).toMatchObject({ total: 25, unread: 25, pages: 2, page: 1, type: null });
    const second = (await page("/notifications?page=2")).data as Centre;
    expect(second.items.map((n) => n.title)).toEqual(["billing 4", "billing 3", "billing 2", "billing 1", "billing 0"]);
    const filtered = (await page("/notifications?type=daily_reading")).data as Centre;
    expect(filtered.items.map((n) => n.type)).toEqual(["daily_reading", "daily_reading", "daily_reading"]);
    expect((await page("/notifications?type=nonsense")).status).toBe(400);
    expect((await page("/notifications?page=0")).status).toBe(400);
    // The header's badge and the count endpoint agree.
    const root = await run(() => rootLoader(routeArgs(getRequest("/dashboard", owner.cookie))));
    expect((root.data as { user: { unread: number } }).user.unread).toBe(25);
    const count = await run(() => countLoader(routeArgs(getRequest("/notifications/count", owner.cookie))));
    expect(await count.response!.json()).toEqual({ unread: 25 });
  });

  it("marks one or all read, deletes one, clears read, and comes back to the same filter and page", async () => {
    await db().deleteFrom("notifications").execute();
    const [a, b] = await notifyOwner(2, "daily_reading");
    await notifyOwner(2, "billing");

    const read = await post({ intent: "read", id: a, type: "daily_reading", page: "1" });
    expect(read.status).toBe(302);
    expect(read.response!.headers.get("Location")).toBe("/notifications?type=daily_reading");
    expect((await flashOf(read.response))?.message).toBe("Marked as read.");

    const all = await post({ intent: "read-all", type: "billing", page: "2" });
    expect(all.response!.headers.get("Location")).toBe("/notifications?type=billing&page=2");
    expect((await flashOf(all.response))?.message).toBe("Marked 2 as read.");
    expect(((await page("/notifications")).data as Centre).unread).toBe(1);

    const deleted = await post({ intent: "delete", id: b, type: "", page: "1" });
    expect(deleted.response!.headers.get("Location")).toBe("/notifications");
    const cleared = await post({ intent: "clear-read", type: "", page: "1" });
    expect((await flashOf(cleared.response))?.message).toBe("Deleted 3 read notifications.");
    expect(((await page("/notifications")).data as Centre).total).toBe(0);
  });

  it("never reaches another user's notification (404), and refuses malformed posts (400)", async () => {
    const [theirs] = await notifyOwner(1);
    for (const intent of ["read", "delete"]) {
      expect((await post({ intent, id: theirs, type: "", page: "1" }, stranger.cookie)).status).toBe(404);
    }
    const clear = await post({ intent: "clear-read", type: "", page: "1" }, stranger.cookie);
    expect(clear.status).toBe(302);
    expect(
      await db().selectFrom("notifications").select("read_at").where("id", "=", theirs).executeTakeFirst(),
    ).toEqual({
      read_at: null,
    });
    expect(((await page("/notifications", stranger.cookie)).data as Centre).items.map((n) => n.id)).not.toContain(
      theirs,
    );
    expect((await post({ intent: "explode", type: "", page: "1" })).status).toBe(400);
    expect((await post({ intent: "read-all", type: "nonsense", page: "1" })).status).toBe(400);
    const json = new Request("http://localhost/notifications", {
      method: "POST",
      headers: { "Content-Type": "application/json", Cookie: owner.cookie },
      body: "{}",
    });
    expect((await run(() => centreAction(routeArgs(json)))).status).toBe(415);
  });
});

function settingsRequest(fields: Array<[string, string]>, cookie = owner.cookie) {
  const request = formRequest("/settings/notifications", {}, { cookie });
  return new Request(request, { body: new URLSearchParams(fields) });
}

describe("/settings/notifications", () => {
  it("shows each type × channel, the quiet hours and the daily time, with the defaults", async () => {
    const result = await run(() => settingsLoader(routeArgs(getRequest("/settings/notifications", owner.cookie))));
    const data = result.data as Awaited<ReturnType<typeof settingsLoader>>;
    expect(data.defaults).toMatchObject({ quietStart: "", quietEnd: "", dailyTime: "08:00" });
    expect(data.defaults.channel).toContain("security:email");
    expect(data.defaults.channel).not.toContain("daily_reading:email");
    expect(data.vapidPublicKey).toMatch(/^[\w-]{87}$/);
  });

  it("saves the choices; bad times and unknown types are 400s next to the field", async () => {
    const saved = await run(() =>
      settingsAction(
        routeArgs(
          settingsRequest([
            ["channel", "daily_reading:push"],
            ["channel", "security:email"],
            ["quietStart", "22:30"],
            ["quietEnd", "06:45"],
            ["dailyTime", "07:15"],
          ]),
        ),
      ),
    );
    expect(saved.status).toBe(302);
    const settings = await getNotificationSettings(owner.id);
    expect(settings).toMatchObject({ quietHours: { start: "22:30", end: "06:45" }, dailyTime: "07:15" });
    expect(settings.channels.daily_reading).toEqual({ in_app: false, push: true, email: false });
    expect(settings.channels.billing).toEqual({ in_app: false, push: false, email: false });

    const bad = async (fields: Array<[string, string]>) => {
      const result = await run(() => settingsAction(routeArgs(settingsRequest(fields))));
      expect(result.status).toBe(400);
      return fieldErrors(result.data);
    };
    expect((await bad([["dailyTime", "25:00"]])).dailyTime?.[0]).toMatch(/between 00:00 and 23:59/);
    expect(
      (
        await bad([
          ["channel", "horoscope:push"],
          ["dailyTime", "08:00"],
        ])
      )["channel[0]"]?.[0],
    ).toMatch(/Unknown/);
    expect(
      (
        await bad([
          ["quietStart", "22:00"],
          ["dailyTime", "08:00"],
        ])
      ).quietEnd?.[0],
    ).toMatch(/both/);
    expect((await getNotificationSettings(owner.id)).dailyTime).toBe("07:15");
  });

  it("sends a test notification through every channel the user turned on", async () => {
    const result = await run(() =>
      testAction(routeArgs(formRequest("/settings/notifications/test", {}, { cookie: owner.cookie }))),
    );
    expect(result.status).toBe(302);
    expect((await flashOf(result.response))?.message).toMatch(/Test notification sent/);
    const rows = await db().selectFrom("outbox").select("kind").where("user_id", "=", owner.id).execute();
    expect(rows.map((r) => r.kind)).toContain(EMAIL_KIND);
  });
});

describe("push subscriptions", () => {
  const subscription = (endpoint: string) => ({
    endpoint,
    keys: { p256dh: "B".repeat(87), auth: "a".repeat(22) },
  });
  const subscribe = (body: string, cookie = owner.cookie) =>
    run(() =>
      subscribeAction(
        routeArgs(
          new Request("http://localhost/notifications/push-subscriptions", {
            method: "POST",
            headers: {
              "Content-Type": "application/json",
              Cookie: cookie,
              "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0",
            },
            body,
          }),
        ),
      ),
    );

  it("registers a device once per endpoint; malformed bodies are 400; no session is 401", async () => {
    const body = JSON.stringify(subscription("https://push.example/owner-1"));
    expect((await subscribe(body)).status).toBe(201);
    expect((await subscribe(body)).status).toBe(200);
    const rows = await db().selectFrom("push_subscriptions").selectAll().where("user_id", "=", owner.id).execute();
    expect(rows).toHaveLength(1);
    for (const bad of [
      "{",
      "[]",
      JSON.stringify({ endpoint: "http://push.example/x", keys: subscription("").keys }),
      JSON.stringify({ endpoint: "https://push.example/x" }),
      JSON.stringify({ ...subscription("https://push.example/y"), keys: { p256dh: "short", auth: "a".repeat(22) } }),
    ]) {
      expect((await subscribe(bad)).status).toBe(400);
    }
    expect((await subscribe(body, "")).status).toBe(401);
    const page = await run(() => settingsLoader(routeArgs(getRequest("/settings/notifications", owner.cookie))));
    expect((page.data as Awaited<ReturnType<typeof settingsLoader>>).devices).toMatchObject([
      { device: expect.stringMatching(/Firefox/) },
    ]);
  });

  it("lists and removes only the user's own devices (another user's: 404)", async () => {
    const [device] = await db().selectFrom("push_subscriptions").select("id").where("user_id", "=", owner.id).execute();
    const remove = (cookie: string) =>
      run(() =>
        settingsAction(
          routeArgs(
            settingsRequest(
              [
                ["intent", "remove-device"],
                ["deviceId", device.id],
              ],
              cookie,
            ),
          ),
        ),
      );
    expect((await remove(stranger.cookie)).status).toBe(404);
    expect((await remove(owner.cookie)).status).toBe(302);
    expect((await remove(owner.cookie)).status).toBe(404);
  });
});

describe("account events and the user's data", () => {
  it("exports the user's notifications and push devices without their keys", async () => {
    await notifyOwner(1);
    await db()
      .insertInto("push_subscriptions")
      .values({
        id: "export-device",
        user_id: owner.id,
        endpoint: "https://push.example/e",
        p256dh: "secret-p",
        auth: "secret-a",
        user_agent: null,
        created_at: 1,
      })
      .execute();
    const exported = JSON.stringify(await buildExport(owner.id));
    expect(exported).toContain("billing 0");
    expect(exported).toContain("https://push.example/e");
    expect(exported).not.toContain("secret-p");
    expect(exported).not.toContain("secret-a");
  });
});
