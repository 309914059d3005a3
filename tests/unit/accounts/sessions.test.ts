import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleDataRequest } from "~/entry.server";
import { loader as dashboardLoader } from "~/routes/dashboard";
import { action as logoutAction } from "~/routes/logout";
import { action as sessionsAction, loader as sessionsLoader } from "~/routes/settings.sessions";
import { getDb } from "~/server/db/db.server";
import { getCurrentSession, listSessions, renewSession } from "~/server/session/session.server";
import { cookiesFrom, formRequest, getRequest, run } from "../../support/test-app";
import { sessionCount, sessionHashOf, sessionIdOf, signUp, startHarness, type Harness } from "./helpers";
import { signedInCookie, eventTypes } from "../../support/factories";
import { routeArgs } from "../../support/route";

let h: Harness;
let alice: { cookie: string; userId: string };
let bob: { cookie: string; userId: string };
beforeAll(async () => {
  h = await startHarness();
  alice = await signUp("alice@example.com");
  bob = await signUp("bob@example.com");
});
afterAll(() => h.close());

type SessionList = { sessions: Array<{ id: string; current: boolean; device: string; ip: string | null }> };
const listFor = async (cookie: string) => {
  const page = await run(() => sessionsLoader(routeArgs(getRequest("/settings/sessions", cookie))));
  return {
    status: page.status,
    location: page.response?.headers.get("Location"),
    data: page.data as SessionList | undefined,
  };
};
const post = (cookie: string, fields: Record<string, string>) =>
  run(() => sessionsAction(routeArgs(formRequest("/settings/sessions", fields, { cookie }))));
const isSignedIn = async (cookie: string) => (await getCurrentSession(getRequest("/", cookie))) !== null;

describe("sessions", () => {
  it("keeps only a random id in the cookie and only its hash in the database", async () => {
    const id = sessionIdOf(alice.cookie);
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 random bits, base64url
    expect(alice.cookie).not.toContain(alice.userId);
    expect(decodeURIComponent(alice.cookie)).not.toContain("alice");
    expect(sessionIdOf(bob.cookie)).not.toBe(id);

    const rows = await getDb().selectFrom("sessions").selectAll().where("user_id", "=", alice.userId).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0].id_hash).toBe(sessionHashOf(alice.cookie));
    expect(JSON.stringify(await getDb().selectFrom("sessions").selectAll().execute())).not.toContain(id);
  });

  it("refuses a cookie whose signature was tampered with, and a bare id without a signature", async () => {
    expect(await isSignedIn(alice.cookie)).toBe(true);
    const dot = alice.cookie.lastIndexOf(".") + 1; // first character of the signature: six full bits
    const tampered = alice.cookie.slice(0, dot) + (alice.cookie[dot] === "A" ? "B" : "A") + alice.cookie.slice(dot + 1);
    expect(await isSignedIn(tampered)).toBe(false);
    expect(await isSignedIn(`__session=${sessionIdOf(alice.cookie)}`)).toBe(false);
  });

  it("lists the user's own sessions, marking the current one", async () => {
    const phone = await signedInCookie(
      alice.userId,
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148 Safari/604.1",
    );
    const list = await listFor(alice.cookie);
    expect(list.status).toBe(200);
    const ids = list.data!.sessions.map((s) => s.id).sort();
    expect(ids).toEqual([sessionHashOf(alice.cookie), sessionHashOf(phone)].sort());
    expect(list.data!.sessions.find((s) => s.current)?.id).toBe(sessionHashOf(alice.cookie));
    expect(list.data!.sessions.filter((s) => s.current)).toHaveLength(1);
    expect(ids).not.toContain(sessionHashOf(bob.cookie));
    // Revoke it again so later tests start from one session each.
    expect((await post(alice.cookie, { intent: "revoke", sessionId: sessionHashOf(phone) })).status).toBe(302);
  });

  it("revokes another of the user's sessions", async () => {
    const laptop = await signedInCookie(alice.userId);
    expect(await isSignedIn(laptop)).toBe(true);

    const result = await post(alice.cookie, { intent: "revoke", sessionId: sessionHashOf(laptop) });
    expect(result).toRedirectTo("/settings/sessions");
    expect(await isSignedIn(laptop)).toBe(false);
    expect(await isSignedIn(alice.cookie)).toBe(true);
    expect((await listFor(laptop)).location).toBe("/login?redirectTo=%2Fsettings%2Fsessions");
    expect((await eventTypes(alice.userId)).at(-1)).toBe("session.revoked");
  });

  it("cannot revoke a session that belongs to another user", async () => {
    const bobEvents = await eventTypes(bob.userId);
    const aliceEvents = await eventTypes(alice.userId);
    const result = await post(alice.cookie, { intent: "revoke", sessionId: sessionHashOf(bob.cookie) });

    expect(result.status).toBe(404);
    expect(await isSignedIn(bob.cookie)).toBe(true);
    expect((await listFor(bob.cookie)).status).toBe(200);
    expect(await sessionCount(bob.userId)).toBe(1);
    expect(await eventTypes(bob.userId)).toEqual(bobEvents);
    expect(await eventTypes(alice.userId)).toEqual(aliceEvents);
  });

  it("rejects a malformed request with 400", async () => {
    expect((await post(alice.cookie, { intent: "explode" })).status).toBe(400);
    expect((await post(alice.cookie, { intent: "revoke" })).status).toBe(400);
    expect(await isSignedIn(alice.cookie)).toBe(true);
  });

  it("needs a session to use the page at all", async () => {
    const result = await post("", { intent: "revoke-all" });
    expect(result.status).toBe(302);
    expect(result.response?.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    expect(await sessionCount(alice.userId)).toBe(1);
  });

  it("revoke-others signs out every other session and keeps this one", async () => {
    const others = [await signedInCookie(alice.userId), await signedInCookie(alice.userId)];
    const result = await post(alice.cookie, { intent: "revoke-others" });
    expect(result.status).toBe(302);
    for (const other of others) expect(await isSignedIn(other)).toBe(false);
    expect(await isSignedIn(alice.cookie)).toBe(true);
    expect(await isSignedIn(bob.cookie)).toBe(true);
  });

  it("revoke-all signs the user out everywhere, including here, and clears the cookie", async () => {
    const elsewhere = await signedInCookie(alice.userId);
    const result = await post(alice.cookie, { intent: "revoke-all" });

    expect(result).toRedirectTo("/login");
    expect(cookiesFrom(result.response!, alice.cookie)).toBe("");
    expect(await sessionCount(alice.userId)).toBe(0);
    expect(await isSignedIn(alice.cookie)).toBe(false);
    expect(await isSignedIn(elsewhere)).toBe(false);
    expect(await isSignedIn(bob.cookie)).toBe(true);
    expect((await eventTypes(alice.userId)).at(-1)).toBe("sessions.revoked-all");
  });

  it("logout deletes the session row and clears the cookie", async () => {
    const cookie = await signedInCookie(bob.userId);
    const hash = sessionHashOf(cookie);
    const result = await run(() => logoutAction(routeArgs(formRequest("/logout", {}, { cookie }))));

    expect(result).toRedirectTo("/");
    const setCookie = result.response!.headers.getSetCookie().find((c) => c.startsWith("__session="));
    expect(setCookie).toMatch(/^__session=;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)/i);
    expect(
      await getDb().selectFrom("sessions").select("id_hash").where("id_hash", "=", hash).executeTakeFirst(),
    ).toBeUndefined();
    expect(await isSignedIn(cookie)).toBe(false);
    expect(await isSignedIn(bob.cookie)).toBe(true);
    expect((await eventTypes(bob.userId)).at(-1)).toBe("logout");
  });

  it("does not accept an expired session, nor list it", async () => {
    const cookie = await signedInCookie(bob.userId);
    expect(
      (await run(() => dashboardLoader(routeArgs(getRequest("/dashboard", cookie))))).response?.headers.get("Location"),
    ).toBe("/onboarding");

    await getDb()
      .updateTable("sessions")
      .set({ expires_at: Date.now() - 1000 })
      .where("id_hash", "=", sessionHashOf(cookie))
      .execute();

    expect(await isSignedIn(cookie)).toBe(false);
    const page = await run(() => dashboardLoader(routeArgs(getRequest("/dashboard", cookie))));
    expect(page).toRedirectTo("/login?redirectTo=%2Fdashboard");
    expect((await listSessions(bob.userId)).map((s) => s.id_hash)).not.toContain(sessionHashOf(cookie));
  });

  it("extends a session that is used after an hour (sliding expiry) and keeps it valid", async () => {
    const cookie = await signedInCookie(bob.userId);
    const hash = sessionHashOf(cookie);
    const twoHoursAgo = Date.now() - 2 * 60 * 60 * 1000;
    await getDb()
      .updateTable("sessions")
      .set({ last_seen_at: twoHoursAgo, expires_at: Date.now() + 60_000 })
      .where("id_hash", "=", hash)
      .execute();

    expect(await isSignedIn(cookie)).toBe(true);
    expect(await renewSession(getRequest("/dashboard", cookie))).toMatch(/^__session=/);
    const row = await getDb().selectFrom("sessions").selectAll().where("id_hash", "=", hash).executeTakeFirstOrThrow();
    expect(row.last_seen_at).toBeGreaterThan(twoHoursAgo);
    expect(row.expires_at).toBeGreaterThan(Date.now() + 29 * 24 * 60 * 60 * 1000);
  });

  it("re-sends the session cookie with a fresh max-age on data responses (JS navigations, fetchers, form posts) when the expiry slides", async () => {
    const cookie = await signedInCookie(bob.userId);
    const hash = sessionHashOf(cookie);
    const dataResponse = () =>
      handleDataRequest(new Response("{}", { headers: { "Content-Type": "text/x-script" } }), {
        request: getRequest("/settings/profile.data", cookie),
      });
    const sessionCookies = (response: Response) =>
      response.headers.getSetCookie().filter((c) => c.startsWith("__session="));

    expect(sessionCookies(await dataResponse())).toEqual([]);
    await getDb()
      .updateTable("sessions")
      .set({ last_seen_at: Date.now() - 2 * 60 * 60 * 1000 })
      .where("id_hash", "=", hash)
      .execute();
    const [refreshed] = sessionCookies(await dataResponse());
    expect(refreshed).toMatch(/Max-Age=2592000/);
    expect(refreshed.split(";")[0]).toBe(cookie.split("; ").find((c) => c.startsWith("__session=")));
    // Renewed once an hour at most: the next response has nothing to say.
    expect(sessionCookies(await dataResponse())).toEqual([]);
  });
});
