import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loader as eventsLoader } from "~/routes/notifications.events";
import { markAllRead } from "~/server/notifications/centre.server";
import { notify } from "~/server/notifications/notify.server";
import { getRequest, run, setupTestApp, type TestApp } from "../../support/test-app";
import { makeUser, signedInCookie } from "../../support/factories";
import { routeArgs as args } from "../../support/route";

let app: TestApp;
beforeAll(async () => {
  app = await setupTestApp();
});
afterAll(() => app.cleanup());

describe("GET /notifications/events", () => {
  it("streams the unread count now and at each change, until the browser goes away; 401 without a session", async () => {
    const user = await makeUser();
    const cookie = await signedInCookie(user.id);
    const browser = new AbortController();
    const request = new Request(getRequest("/notifications/events", cookie), { signal: browser.signal });
    const response = (await eventsLoader(args(request))) as Response;
    expect(response.headers.get("Content-Type")).toMatch(/^text\/event-stream/);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const nextCount = async () => {
      for (;;) {
        const { value } = await reader.read();
        const match = /event: unread\ndata: (\d+)/.exec(value ?? "");
        if (match) return Number(match[1]);
      }
    };
    expect(await nextCount()).toBe(0);
    await notify(user.id, "account", { title: "One", body: "", url: "/" }, { channels: ["in_app"] });
    expect(await nextCount()).toBe(1);
    await markAllRead(user.id, null);
    expect(await nextCount()).toBe(0);
    browser.abort();
    expect((await reader.read()).done).toBe(true);

    const anonymous = await run(() => eventsLoader(args(getRequest("/notifications/events"))));
    expect(anonymous.status).toBe(401);
  });
});
