import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action, loader } from "~/routes/settings.password";
import { getDb } from "~/server/db/db.server";
import { getCurrentSession } from "~/server/session/session.server";
import { formRequest, getRequest, run } from "../../support/test-app";
import { logIn, NEW_PASSWORD, PASSWORD, sessionCount, signUp, startHarness, type Harness } from "./helpers";
import { signedInCookie, eventTypes } from "../../support/factories";
import { routeArgs, fieldErrors, flashOf } from "../../support/route";

let h: Harness;
let user: { cookie: string; userId: string };
beforeAll(async () => {
  h = await startHarness();
  user = await signUp("changer@example.com");
});
afterAll(() => h.close());

const change = (cookie: string, fields: Record<string, string>) =>
  run(() => action(routeArgs(formRequest("/settings/password", fields, { cookie }))));
const passwordHash = async () =>
  (await getDb().selectFrom("users").select("password_hash").where("id", "=", user.userId).executeTakeFirstOrThrow())
    .password_hash;
const isSignedIn = async (cookie: string) => (await getCurrentSession(getRequest("/", cookie))) !== null;

describe("change password", () => {
  it("says whether the account has a password", async () => {
    const page = await run(() => loader(routeArgs(getRequest("/settings/password", user.cookie))));
    expect(page.data).toEqual({ hasPassword: true, googleEnabled: false, reauthUntil: null });
  });

  it("refuses a wrong current password with 400 on currentPassword, changing nothing", async () => {
    const other = await signedInCookie(user.userId);
    const before = await passwordHash();
    const result = await change(user.cookie, {
      currentPassword: "not-my-password",
      password: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(result.status).toBe(400);
    expect(fieldErrors(result.data).currentPassword).toEqual(["That isn't your current password."]);
    expect(JSON.stringify(result.data)).not.toContain(NEW_PASSWORD);
    expect(JSON.stringify(result.data)).not.toContain("not-my-password");
    expect(await passwordHash()).toBe(before);
    expect(await isSignedIn(other)).toBe(true);

    const missing = await change(user.cookie, { password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(missing.status).toBe(400);
    expect(fieldErrors(missing.data).currentPassword).toEqual(["That isn't your current password."]);
  });

  it("refuses a weak new password on the password field", async () => {
    const before = await passwordHash();
    const result = await change(user.cookie, {
      currentPassword: PASSWORD,
      password: "iloveyou",
      confirmPassword: "iloveyou",
    });
    expect(result.status).toBe(400);
    expect(fieldErrors(result.data).password?.[0]).toMatch(/most common/);
    expect(await passwordHash()).toBe(before);
  });

  it("changes the password, signs out the other sessions and keeps this one", async () => {
    const others = [await signedInCookie(user.userId), await signedInCookie(user.userId)];
    expect(await sessionCount(user.userId)).toBeGreaterThanOrEqual(3);

    const result = await change(user.cookie, {
      currentPassword: PASSWORD,
      password: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(result).toRedirectTo("/settings/password");
    expect((await flashOf(result.response))?.message).toMatch(
      /^Password changed\. \d+ other sessions were signed out\.$/,
    );

    expect(await isSignedIn(user.cookie)).toBe(true);
    for (const other of others) expect(await isSignedIn(other)).toBe(false);
    expect(await sessionCount(user.userId)).toBe(1);
    expect((await eventTypes(user.userId)).at(-1)).toBe("password.changed");

    expect((await logIn("changer@example.com", PASSWORD)).status).toBe(400);
    expect((await logIn("changer@example.com", NEW_PASSWORD)).status).toBe(302);
  });

  it("needs a signed-in user", async () => {
    const result = await change("", { currentPassword: NEW_PASSWORD, password: PASSWORD, confirmPassword: PASSWORD });
    expect(result.status).toBe(302);
    expect(result.response?.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });
});
