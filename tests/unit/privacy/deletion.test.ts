import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as googleStart } from "~/routes/auth.google";
import { loader as googleCallback } from "~/routes/auth.google.callback";
import { action as loginAction } from "~/routes/login";
import { action as restoreAction, loader as restoreLoader } from "~/routes/restore-account";
import { action as deleteAction, loader as deleteLoader } from "~/routes/settings.delete-account";
import { getDb } from "~/server/db/db.server";
import { issueUserToken } from "~/server/accounts/tokens.server";
import { getCurrentSession } from "~/server/session/session.server";
import { createShareLink, findSharedSubject } from "~/server/shares/share-links.server";
import { isAccountActive } from "~/server/accounts/users.server";
import { setupGoogleTestApp, throughGoogle } from "../../support/google-test-app";
import { cookiesFrom, formRequest, getRequest, run } from "../../support/test-app";
import { PASSWORD } from "./helpers";
import { makeUser, signedInCookie, eventTypes } from "../../support/factories";
import { routeArgs, flashOf } from "../../support/route";

let google: Awaited<ReturnType<typeof setupGoogleTestApp>>;
beforeAll(async () => {
  google = await setupGoogleTestApp({ RATE_LIMIT_PER_IP: "1000" });
});
afterAll(() => google.cleanup());

const db = () => getDb();
const DAY = 24 * 60 * 60 * 1000;

const requestDeletion = (cookie: string, fields: Record<string, string>) =>
  run(() => deleteAction(routeArgs(formRequest("/settings/delete-account", fields, { cookie }))));

async function logIn(email: string, password = PASSWORD) {
  const outcome = await run(() => loginAction(routeArgs(formRequest("/login", { email, password }))));
  return {
    ...outcome,
    cookie: outcome.response ? cookiesFrom(outcome.response) : "",
    location: outcome.response?.headers.get("Location") ?? null,
  };
}

async function state(userId: string) {
  const user = await db().selectFrom("users").select(["deactivated_at"]).where("id", "=", userId).executeTakeFirst();
  const deletion = await db()
    .selectFrom("account_deletions")
    .selectAll()
    .where("user_id", "=", userId)
    .executeTakeFirst();
  const sessions = await db().selectFrom("sessions").select("id_hash").where("user_id", "=", userId).execute();
  return { exists: Boolean(user), deactivatedAt: user?.deactivated_at ?? null, deletion, sessions: sessions.length };
}

describe("delete account: confirmation", () => {
  it.each([
    ["a missing confirmation", { password: PASSWORD, when: "grace" }, "confirm", /Type DELETE to confirm/],
    ["a wrong confirmation", { password: PASSWORD, confirm: "delete", when: "grace" }, "confirm", /capital letters/],
    ["a missing password", { confirm: "DELETE", when: "grace" }, "password", /Enter your password/],
    [
      "a wrong password",
      { password: "not-my-password", confirm: "DELETE", when: "now" },
      "password",
      /isn't your password/,
    ],
    ["an unknown choice of when", { password: PASSWORD, confirm: "DELETE", when: "tomorrow" }, "when", /Choose when/],
  ])("refuses %s with a message next to the field, changing nothing", async (_, fields, field, message) => {
    const user = await makeUser({
      email: `confirm.${field}.${Math.random().toString(36).slice(2)}@example.com`,
      password: PASSWORD,
    });
    const cookie = await signedInCookie(user.id);
    const before = await state(user.id);
    const outcome = await requestDeletion(cookie, fields);
    expect(outcome.status).toBe(400);
    expect(outcome).toHaveFieldError(field, message);
    expect(await state(user.id)).toEqual(before);
    expect(before).toMatchObject({ deactivatedAt: null, deletion: undefined, sessions: 1 });
    expect(await eventTypes(user.id)).not.toContain("deletion.requested");
  });

  it("limits attempts to 5 an hour per account, even with the right password", async () => {
    const user = await makeUser({ email: "confirm.limit@example.com", password: PASSWORD });
    const cookie = await signedInCookie(user.id);
    for (let i = 0; i < 5; i++)
      expect((await requestDeletion(cookie, { password: "wrong-guess", confirm: "DELETE" })).status).toBe(400);
    const limited = await requestDeletion(cookie, { password: PASSWORD, confirm: "DELETE" });
    expect(limited.status).toBe(429);
    expect(JSON.stringify(limited.data)).toMatch(/Too many attempts/);
    expect((await state(user.id)).deactivatedAt).toBeNull();
  });

  it("needs a signed-in user", async () => {
    const outcome = await run(() => deleteLoader(routeArgs(getRequest("/settings/delete-account"))));
    expect(outcome.status).toBe(302);
    expect(outcome.response?.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });
});

describe("delete account with the grace period", () => {
  it("deactivates at once: signed out everywhere, links and share links dead, sign-in offers a restore", async () => {
    const user = await makeUser({ email: "grace.priya@example.com", password: PASSWORD });
    const cookie = await signedInCookie(user.id);
    const phone = await signedInCookie(user.id, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Safari/604.1");
    const resetToken = await issueUserToken(user.id, "reset-password");
    const share = await createShareLink(user.id, { personId: null, showName: true, showBirthDate: true });
    if (!share.ok) throw new Error("no share link");
    expect(await findSharedSubject(share.token)).not.toBeNull();

    const outcome = await requestDeletion(cookie, { password: PASSWORD, confirm: " DELETE ", when: "grace" });
    expect(outcome).toRedirectTo("/");
    expect((await flashOf(outcome.response))?.message).toMatch(
      /deactivated and will be deleted for good on \d{1,2} \w+ \d{4}/,
    );
    expect(cookiesFrom(outcome.response!, cookie)).not.toMatch(/__session=/);

    const after = await state(user.id);
    expect(after.deactivatedAt).not.toBeNull();
    expect(after.sessions).toBe(0);
    expect(after.deletion?.status).toBe("scheduled");
    expect(after.deletion!.purge_after - after.deletion!.requested_at).toBe(30 * DAY);
    expect(await getCurrentSession(getRequest("/", phone))).toBeNull();
    expect(await isAccountActive(user.id)).toBe(false);
    expect(await findSharedSubject(share.token)).toBeNull();
    expect(
      await db()
        .selectFrom("user_tokens")
        .select("token_hash")
        .where("user_id", "=", user.id)
        .where("used_at", "is", null)
        .execute(),
    ).toEqual([]);
    expect(resetToken).toBeTruthy();
    expect((await eventTypes(user.id)).at(-1)).toBe("deletion.requested");

    // A session row that slipped in anyway is still not honoured.
    expect(await getCurrentSession(getRequest("/", await signedInCookie(user.id)))).toBeNull();
    await db().deleteFrom("sessions").where("user_id", "=", user.id).execute();

    // Signing in is refused: no session, only the offer to restore.
    expect((await logIn(user.email, "wrong-password")).status).toBe(400);
    const attempt = await logIn(user.email);
    expect(attempt.status).toBe(302);
    expect(attempt.location).toBe("/restore-account");
    expect(attempt.cookie).not.toMatch(/__session=/);
    expect((await state(user.id)).sessions).toBe(0);
    expect(await eventTypes(user.id)).not.toContain("login.success");

    const page = await run(() => restoreLoader(routeArgs(getRequest("/restore-account", attempt.cookie))));
    expect(page.status).toBe(200);
    const expectedDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Europe/London" }).format(
      new Date(after.deletion!.purge_after),
    );
    expect(page.data).toEqual({ email: user.email, deletionDate: expectedDate, restorable: true });
  });

  it("restores within the grace period by signing in and confirming", async () => {
    const user = await makeUser({ email: "grace.restore@example.com", password: PASSWORD });
    await requestDeletion(await signedInCookie(user.id), { password: PASSWORD, confirm: "DELETE" }); // `when` defaults to grace
    expect((await state(user.id)).deletion?.purge_after).toBeGreaterThan(Date.now() + 29 * DAY);

    // Without a fresh sign-in there is nothing to restore from.
    expect(
      (await run(() => restoreAction(routeArgs(formRequest("/restore-account", {}))))).response?.headers.get(
        "Location",
      ),
    ).toBe("/login");

    const { cookie } = await logIn(user.email);
    const restored = await run(() => restoreAction(routeArgs(formRequest("/restore-account", {}, { cookie }))));
    expect(restored).toRedirectTo("/dashboard");
    expect((await flashOf(restored.response))?.message).toMatch(/restored/);
    const session = cookiesFrom(restored.response!, cookie);
    expect((await getCurrentSession(getRequest("/dashboard", session)))?.user.id).toBe(user.id);
    expect(await state(user.id)).toMatchObject({ deactivatedAt: null, deletion: undefined, sessions: 1 });
    expect((await eventTypes(user.id)).slice(-2)).toEqual(["deletion.cancelled", "login.success"]);

    // The ticket is spent: the restore page sends a plain visitor to log in.
    const again = await run(() => restoreLoader(routeArgs(getRequest("/restore-account", session))));
    expect(again.response?.headers.get("Location")).toBe("/login");
  });

  it("can't restore once the grace period is over", async () => {
    const user = await makeUser({ email: "grace.late@example.com", password: PASSWORD });
    await requestDeletion(await signedInCookie(user.id), { password: PASSWORD, confirm: "DELETE", when: "grace" });
    await db()
      .updateTable("account_deletions")
      .set({ purge_after: Date.now() - 1000 })
      .where("user_id", "=", user.id)
      .execute();
    const { cookie } = await logIn(user.email);
    const page = await run(() => restoreLoader(routeArgs(getRequest("/restore-account", cookie))));
    expect(page.data).toMatchObject({ restorable: false });
    const outcome = await run(() => restoreAction(routeArgs(formRequest("/restore-account", {}, { cookie }))));
    expect(outcome.status).toBe(409);
    expect(outcome).toHaveFieldError("", /grace period is over/);
    expect((await state(user.id)).deactivatedAt).not.toBeNull();
  });
});

describe("delete account now", () => {
  it("erases the account at once: signing in then finds no account", async () => {
    const user = await makeUser({ email: "now.priya@example.com", password: PASSWORD });
    const outcome = await requestDeletion(await signedInCookie(user.id), {
      password: PASSWORD,
      confirm: "DELETE",
      when: "now",
    });
    expect(outcome.status).toBe(302);
    expect((await flashOf(outcome.response))?.message).toMatch(/everything in it are deleted/);
    expect(await state(user.id)).toMatchObject({ exists: false, deletion: undefined, sessions: 0 });
    expect(await eventTypes(user.id)).toEqual([]);

    const attempt = await logIn(user.email);
    expect(attempt.status).toBe(400);
    expect(JSON.stringify(attempt.data)).toContain("That email and password don't match an account.");
  });
});

describe("delete a Google-only account", () => {
  it("requires a fresh Google sign-in as the same Google account, then deletes", async () => {
    const user = await makeUser({ email: "google.only@example.com", google: "google-sub-only" });
    const stranger = await makeUser({ email: "google.stranger@example.com", google: "google-sub-stranger" });
    const cookie = await signedInCookie(user.id);
    const page = await run(() => deleteLoader(routeArgs(getRequest("/settings/delete-account", cookie))));
    expect(page.data).toMatchObject({ hasPassword: false, googleEnabled: true, reauthUntil: null });

    const unconfirmed = await requestDeletion(cookie, { confirm: "DELETE", when: "grace" });
    expect(unconfirmed.status).toBe(400);
    expect(JSON.stringify(unconfirmed.data)).toMatch(/Confirm it's you with Google first/);

    // Another Google account is not proof, and signs nobody in or up.
    const wrong = await throughGoogle(cookie, { sub: "google-sub-stranger", email: stranger.email });
    expect(wrong.callback.response?.headers.get("Location")).toBe("/settings/delete-account");
    expect((await flashOf(wrong.callback.response))?.message).toMatch(/isn't the one linked/);
    expect((await requestDeletion(wrong.cookie, { confirm: "DELETE", when: "grace" })).status).toBe(400);
    expect((await state(stranger.id)).sessions).toBe(0);

    const right = await throughGoogle(cookie, { sub: "google-sub-only", email: user.email });
    expect(right.callback.response?.headers.get("Location")).toBe("/settings/delete-account");
    expect((await flashOf(right.callback.response))?.message).toMatch(/it's you/);
    const confirmedPage = await run(() =>
      deleteLoader(routeArgs(getRequest("/settings/delete-account", right.cookie))),
    );
    expect(confirmedPage.data).toMatchObject({ reauthUntil: expect.stringMatching(/\d{2}:\d{2}/) });
    // The proof belongs to this session only.
    const otherBrowser = await signedInCookie(user.id);
    const proofOnly = right.cookie
      .split("; ")
      .filter((c) => c.startsWith("__reauth="))
      .join("; ");
    expect((await requestDeletion(`${otherBrowser}; ${proofOnly}`, { confirm: "DELETE", when: "grace" })).status).toBe(
      400,
    );

    const deleted = await requestDeletion(right.cookie, { confirm: "DELETE", when: "now" });
    expect(deleted.status).toBe(302);
    expect(await state(user.id)).toMatchObject({ exists: false });
    expect((await state(stranger.id)).exists).toBe(true);
  });

  it("respects deactivation when signing in with Google: the restore offer, not a session", async () => {
    const user = await makeUser({ email: "google.grace@example.com", google: "google-sub-grace" });
    const cookie = await signedInCookie(user.id);
    const { cookie: confirmed } = await throughGoogle(cookie, { sub: "google-sub-grace", email: user.email });
    expect((await requestDeletion(confirmed, { confirm: "DELETE", when: "grace" })).status).toBe(302);

    const start = await run(() => googleStart(routeArgs(formRequest("/auth/google", {}))));
    const consent = await fetch(start.response!.headers.get("Location")!, {
      redirect: "manual",
      headers: {
        Cookie: `mock_google_identity=${encodeURIComponent(JSON.stringify({ sub: "google-sub-grace", email: user.email, name: "G", email_verified: true }))}`,
      },
    });
    const back = new URL(consent.headers.get("Location")!);
    const signIn = await run(() =>
      googleCallback(routeArgs(getRequest(`${back.pathname}${back.search}`, cookiesFrom(start.response!)))),
    );
    expect(signIn.response?.headers.get("Location")).toBe("/restore-account");
    expect(cookiesFrom(signIn.response!)).not.toMatch(/__session=/);
    expect((await state(user.id)).sessions).toBe(0);
  });
});
