import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as passwordAction, loader as passwordLoader } from "~/routes/settings.password";
import { action as resetAction } from "~/routes/reset-password";
import { getDb } from "~/server/db/db.server";
import { issueUserToken, peekUserToken } from "~/server/accounts/tokens.server";
import { setupGoogleTestApp, throughGoogle } from "../../support/google-test-app";
import { formRequest, getRequest, run } from "../../support/test-app";
import { PASSWORD } from "../privacy/helpers";
import { makeUser, signedInCookie } from "../../support/factories";
import { routeArgs, fieldErrors, flashOf } from "../../support/route";

let google: Awaited<ReturnType<typeof setupGoogleTestApp>>;
beforeAll(async () => {
  google = await setupGoogleTestApp();
});
afterAll(() => google.cleanup());

const NEW = "copper-kettle-harbour-5";
const change = (cookie: string, fields: Record<string, string>) =>
  run(() => passwordAction(routeArgs(formRequest("/settings/password", fields, { cookie }))));
const passwordHash = async (userId: string) =>
  (await getDb().selectFrom("users").select("password_hash").where("id", "=", userId).executeTakeFirstOrThrow())
    .password_hash;

describe("password settings", () => {
  it("limits wrong current passwords like account deletion: the 6th attempt in an hour gets 429, even a right one", async () => {
    const user = await makeUser({ email: "guessed@example.com", password: PASSWORD });
    const cookie = await signedInCookie(user.id);
    for (let i = 1; i <= 5; i++) {
      const wrong = await change(cookie, { currentPassword: `guess-${i}-xyz`, password: NEW, confirmPassword: NEW });
      expect(wrong.status, `attempt ${i}`).toBe(400);
    }
    const locked = await change(cookie, { currentPassword: PASSWORD, password: NEW, confirmPassword: NEW });
    expect(locked.status).toBe(429);
    expect(fieldErrors(locked.data)[""]?.[0]).toMatch(/^Too many attempts/);
    expect(await passwordHash(user.id)).toBe(user.password_hash);
  });

  it("stops an unused reset link from working once the password is changed in settings", async () => {
    const user = await makeUser({ email: "changed@example.com", password: PASSWORD });
    const cookie = await signedInCookie(user.id);
    const mailedEarlier = await issueUserToken(user.id, "reset-password");
    const changed = await change(cookie, { currentPassword: PASSWORD, password: NEW, confirmPassword: NEW });
    expect(changed.status).toBe(302);

    expect(await peekUserToken(mailedEarlier, "reset-password")).toBeNull();
    const reset = { token: mailedEarlier, password: "undo-the-change-77", confirmPassword: "undo-the-change-77" };
    expect((await run(() => resetAction(routeArgs(formRequest("/reset-password", reset))))).status).toBe(400);
    expect(await passwordHash(user.id)).not.toBe(user.password_hash);
  });

  it("lets a Google-only account set a password only after confirming it's them with Google", async () => {
    const user = await makeUser({ email: "google.setter@example.com", google: "google-sub-setter" });
    const cookie = await signedInCookie(user.id);
    const page = await run(() => passwordLoader(routeArgs(getRequest("/settings/password", cookie))));
    expect(page.data).toEqual({ hasPassword: false, googleEnabled: true, reauthUntil: null });

    // A session alone (perhaps a stolen one) can't add a permanent way in.
    const unconfirmed = await change(cookie, { password: NEW, confirmPassword: NEW });
    expect(unconfirmed.status).toBe(400);
    expect(fieldErrors(unconfirmed.data)[""]).toEqual(["Confirm it's you with Google first, then set a password."]);
    expect(await passwordHash(user.id)).toBeNull();

    const confirmed = await throughGoogle(
      cookie,
      { sub: "google-sub-setter", email: user.email },
      "/settings/password",
    );
    expect(confirmed.callback.response?.headers.get("Location")).toBe("/settings/password");
    expect((await flashOf(confirmed.callback.response))?.message).toBe(
      "Thanks, it's you. You can set a password in the next 10 minutes.",
    );
    const set = await change(confirmed.cookie, { password: NEW, confirmPassword: NEW });
    expect(set.status).toBe(302);
    expect(await passwordHash(user.id)).toMatch(/^scrypt\$/);
  });
});
