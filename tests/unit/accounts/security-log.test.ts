import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as forgotAction } from "~/routes/forgot-password";
import { action as resetAction } from "~/routes/reset-password";
import { action as passwordAction } from "~/routes/settings.password";
import { action as sessionsAction } from "~/routes/settings.sessions";
import { action as verifyAction } from "~/routes/verify-email";
import { getDb } from "~/server/db/db.server";
import { formRequest, run } from "../../support/test-app";
import {
  countRows,
  logIn,
  NEW_PASSWORD,
  PASSWORD,
  sessionHashOf,
  signUp,
  startHarness,
  tokenOf,
  type Harness,
} from "./helpers";
import { signedInCookie, eventTypes } from "../../support/factories";
import { routeArgs } from "../../support/route";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe("security log", () => {
  it("records each account event against the right user", async () => {
    const alice = await signUp("log.alice@example.com");
    const bob = await signUp("log.bob@example.com");
    // Sign-up starts no session: the helper then logs in.
    expect(await eventTypes(alice.userId)).toEqual(["signup", "login.success"]);
    expect(await eventTypes(bob.userId)).toEqual(["signup", "login.success"]);

    const eventsBefore = await countRows("security_events");
    expect((await logIn("nobody-here@example.com", PASSWORD)).status).toBe(400);
    expect(await countRows("security_events")).toBe(eventsBefore); // no account, nothing to log against

    expect((await logIn("log.alice@example.com", "wrong-password-1")).status).toBe(400);
    const { cookie } = await logIn("log.alice@example.com", PASSWORD);

    const verifyToken = tokenOf(await h.smtp.waitForLink("log.alice@example.com", /confirm your email/i));
    expect(
      (await run(() => verifyAction(routeArgs(formRequest("/verify-email", { token: verifyToken }, { cookie })))))
        .status,
    ).toBe(302);

    const fields = { currentPassword: PASSWORD, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    expect(
      (await run(() => passwordAction(routeArgs(formRequest("/settings/password", fields, { cookie }))))).status,
    ).toBe(302);

    const phone = await signedInCookie(alice.userId);
    const revoke = { intent: "revoke", sessionId: sessionHashOf(phone) };
    expect(
      (await run(() => sessionsAction(routeArgs(formRequest("/settings/sessions", revoke, { cookie }))))).status,
    ).toBe(302);

    expect(
      (await run(() => forgotAction(routeArgs(formRequest("/forgot-password", { email: "log.bob@example.com" })))))
        .status,
    ).toBe(200);
    const resetToken = tokenOf(await h.smtp.waitForLink("log.bob@example.com", /reset your/i));
    const reset = { token: resetToken, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    expect(
      (await run(() => resetAction(routeArgs(formRequest("/reset-password", reset), {}, "198.51.100.9")))).status,
    ).toBe(302);

    expect(await eventTypes(alice.userId)).toEqual([
      "signup",
      "login.success",
      "login.failure",
      "login.success",
      "email.verified",
      "password.changed",
      "session.revoked",
    ]);
    expect(await eventTypes(bob.userId)).toEqual(["signup", "login.success", "password.reset"]);

    const resetRow = await getDb()
      .selectFrom("security_events")
      .selectAll()
      .where("user_id", "=", bob.userId)
      .where("type", "=", "password.reset")
      .executeTakeFirstOrThrow();
    expect(resetRow).toMatchObject({ ip: "198.51.100.9", user_agent: "vitest" });
    expect(resetRow.created_at).toBeGreaterThan(Date.now() - 60_000);
    const success = await getDb()
      .selectFrom("security_events")
      .select("detail")
      .where("user_id", "=", alice.userId)
      .where("type", "=", "login.success")
      .executeTakeFirstOrThrow();
    expect(success.detail).toBe("password");
  });
});
