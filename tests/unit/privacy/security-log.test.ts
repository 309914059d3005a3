import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loader as securityLoader } from "~/routes/settings.security";
import { getDb } from "~/server/db/db.server";
import { describeSecurityEvent } from "~/server/accounts/security-history.server";
import type { SecurityEventType } from "~/server/accounts/security-log.server";
import { getRequest, run, setupTestApp, type TestApp } from "../../support/test-app";
import { makeUser, signedInCookie } from "../../support/factories";
import { routeArgs } from "../../support/route";
import { PASSWORD } from "./helpers";

let app: TestApp;
beforeAll(async () => {
  app = await setupTestApp();
});
afterAll(() => app.cleanup());

interface Page {
  page: number;
  pageCount: number;
  timeZone: string;
  events: Array<{
    id: number;
    label: string;
    detail: string | null;
    when: string;
    isoTime: string;
    ip: string | null;
    device: string;
  }>;
}

const T0 = Date.UTC(2026, 10, 1, 12, 0);
const MINUTE = 60_000;

async function addEvents(userId: string, count: number, type: SecurityEventType = "login.success") {
  for (let i = 0; i < count; i++) {
    await getDb()
      .insertInto("security_events")
      .values({
        user_id: userId,
        type,
        created_at: T0 + i * MINUTE,
        ip: `192.0.2.${i}`,
        user_agent: "Mozilla/5.0 (Windows NT 10.0) Firefox/130.0",
        detail: "password",
      })
      .execute();
  }
}

const view = (cookie: string, query = "") =>
  run(() => securityLoader(routeArgs(getRequest(`/settings/security${query}`, cookie))));

describe("security log page", () => {
  it("lists the user's events newest first, 20 a page, with time, IP and device", async () => {
    const user = await makeUser({ email: "log.owner@example.com", password: PASSWORD, timezone: "Europe/Paris" });
    const other = await makeUser({ email: "log.other@example.com", password: PASSWORD });
    await addEvents(user.id, 25);
    await addEvents(other.id, 3, "password.changed");
    const cookie = await signedInCookie(user.id);

    const first = (await view(cookie)).data as Page;
    expect(first).toMatchObject({ page: 1, pageCount: 2, timeZone: "Europe/Paris" });
    expect(first.events).toHaveLength(20);
    expect(first.events[0]).toEqual({
      id: expect.any(Number),
      label: "Signed in",
      detail: "with password",
      when: "1 Nov 2026, 13:24", // 12:24 UTC is 13:24 in Paris
      isoTime: new Date(T0 + 24 * MINUTE).toISOString(),
      ip: "192.0.2.24",
      device: "Firefox on Windows",
    });
    const times = first.events.map((e) => Date.parse(e.isoTime));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const second = (await view(cookie, "?page=2")).data as Page;
    expect(second.events.map((e) => e.ip)).toEqual(["192.0.2.4", "192.0.2.3", "192.0.2.2", "192.0.2.1", "192.0.2.0"]);
    expect([...first.events, ...second.events].every((e) => e.label === "Signed in")).toBe(true);
  });

  it.each(["?page=3", "?page=0", "?page=-1", "?page=abc", "?page=1.5"])(
    "answers 404 for a page that doesn't exist (%s)",
    async (query) => {
      const user = await makeUser({ email: `log.pages.${query.replace(/\W/g, "")}@example.com`, password: PASSWORD });
      await addEvents(user.id, 2);
      expect((await view(await signedInCookie(user.id), query)).status).toBe(404);
    },
  );

  it("shows an empty first page for an account with no events, and needs a signed-in user", async () => {
    const user = await makeUser({ email: "log.empty@example.com", password: PASSWORD });
    expect(((await view(await signedInCookie(user.id))).data as Page).events).toEqual([]);
    expect((await view("")).status).toBe(302);
  });

  it("has words for every event type, including export and deletion", () => {
    expect(describeSecurityEvent("export")).toBe("Data export downloaded");
    expect(describeSecurityEvent("deletion.requested")).toBe("Account deletion requested");
    expect(describeSecurityEvent("deletion.cancelled")).toMatch(/restored/);
    expect(describeSecurityEvent("something.new")).toBe("something.new");
  });
});
