import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as forgotAction } from "~/routes/forgot-password";
import { action as resetAction, loader as resetLoader } from "~/routes/reset-password";
import { getDb } from "~/server/db/db.server";
import { deliverOutbox } from "~/server/outbox/worker.server";
import { formRequest, getRequest, run } from "../../support/test-app";
import {
  logIn,
  mailsTo,
  NEW_PASSWORD,
  PASSWORD,
  sessionCount,
  sha256,
  signUp,
  startHarness,
  tokenOf,
  type Harness,
} from "./helpers";
import { signedInCookie, eventTypes } from "../../support/factories";
import { routeArgs, fieldErrors, flashOf } from "../../support/route";

const SUBJECT = /reset your numerai password/i;
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const forgot = (email: string) => run(() => forgotAction(routeArgs(formRequest("/forgot-password", { email }))));
const open = (token: string) =>
  run(() => resetLoader(routeArgs(getRequest(`/reset-password?token=${encodeURIComponent(token)}`))));
const reset = (token: string, password: string, confirmPassword = password) =>
  run(() => resetAction(routeArgs(formRequest("/reset-password", { token, password, confirmPassword }))));
const passwordHash = async (userId: string) =>
  (await getDb().selectFrom("users").select("password_hash").where("id", "=", userId).executeTakeFirstOrThrow())
    .password_hash;

async function requestLink(email: string): Promise<string> {
  const before = mailsTo(h.smtp, email, SUBJECT).length;
  expect((await forgot(email)).status).toBe(200);
  await deliverOutbox();
  expect(mailsTo(h.smtp, email, SUBJECT)).toHaveLength(before + 1);
  return tokenOf(await h.smtp.waitForLink(email, SUBJECT));
}

describe("password reset", () => {
  it("answers an unknown email exactly like a known one, but mails only the known one", async () => {
    await signUp("known@example.com");
    await deliverOutbox(); // the sign-up's own mail must not be counted below
    const before = h.smtp.messages.length;

    const unknown = await forgot("Unknown@Example.com");
    expect(unknown.status).toBe(200);
    expect(unknown.data).toEqual({ sentTo: "unknown@example.com", result: null });
    await deliverOutbox();
    expect(h.smtp.messages.length).toBe(before);

    const known = await forgot("KNOWN@example.com");
    expect(known.status).toBe(200);
    expect(known.data).toEqual({ sentTo: "known@example.com", result: null });
    await deliverOutbox();
    expect(h.smtp.messages.length).toBe(before + 1);
    expect(mailsTo(h.smtp, "known@example.com", SUBJECT)).toHaveLength(1);
  });

  it("rejects a weak new password and keeps the link usable; then resets once, signs out every session and swaps the password", async () => {
    const email = "reset.me@example.com";
    const { userId } = await signUp(email);
    await signedInCookie(userId);
    expect(await sessionCount(userId)).toBe(2);
    const oldHash = await passwordHash(userId);
    const token = await requestLink(email);

    const page = await open(token);
    expect(page.status).toBe(200);
    expect(page.data).toEqual({ token, valid: true });

    const common = await reset(token, "password123");
    expect(common.status).toBe(400);
    expect(fieldErrors(common.data).password?.[0]).toMatch(/most common/);
    const withEmail = await reset(token, `${email}!!`);
    expect(withEmail.status).toBe(400);
    expect(fieldErrors(withEmail.data).password?.[0]).toMatch(/email address/);
    const mismatch = await reset(token, NEW_PASSWORD, `${NEW_PASSWORD}x`);
    expect(mismatch.status).toBe(400);
    expect(fieldErrors(mismatch.data).confirmPassword?.[0]).toMatch(/don't match/);
    expect(JSON.stringify([common.data, withEmail.data, mismatch.data])).not.toContain(NEW_PASSWORD);
    expect(await passwordHash(userId)).toBe(oldHash);
    expect((await open(token)).status).toBe(200); // still usable

    const done = await reset(token, NEW_PASSWORD);
    expect(done).toRedirectTo("/login");
    expect((await flashOf(done.response))?.kind).toBe("success");
    expect(await passwordHash(userId)).not.toBe(oldHash);
    expect(await sessionCount(userId)).toBe(0);
    expect(await eventTypes(userId)).toContain("password.reset");
    // A reset proves control of the mailbox, so the address counts as confirmed.
    const user = await getDb()
      .selectFrom("users")
      .select("email_verified_at")
      .where("id", "=", userId)
      .executeTakeFirstOrThrow();
    expect(user.email_verified_at).not.toBeNull();

    // Once only.
    expect((await open(token)).status).toBe(400);
    const replay = await reset(token, "yet-another-passphrase-5");
    expect(replay.status).toBe(400);
    expect(fieldErrors(replay.data)[""]?.[0]).toMatch(/expired or was already used/);

    expect((await logIn(email, PASSWORD)).status).toBe(400);
    const withNew = await logIn(email, NEW_PASSWORD);
    expect(withNew.status).toBe(302);
  });

  it("refuses an expired link (400) and leaves the password alone", async () => {
    const email = "slow@example.com";
    const { userId } = await signUp(email);
    const oldHash = await passwordHash(userId);
    const token = await requestLink(email);
    const updated = await getDb()
      .updateTable("user_tokens")
      .set({ expires_at: Date.now() - 1000 })
      .where("token_hash", "=", sha256(token))
      .executeTakeFirst();
    expect(updated.numUpdatedRows).toBe(1n); // only the hash of the token is stored

    expect((await open(token)).status).toBe(400);
    const result = await reset(token, NEW_PASSWORD);
    expect(result.status).toBe(400);
    expect(fieldErrors(result.data)[""]?.[0]).toMatch(/expired/);
    expect(await passwordHash(userId)).toBe(oldHash);
    expect(await eventTypes(userId)).not.toContain("password.reset");
  });

  it("a newer link replaces an older one, and a verify-email token can't reset a password", async () => {
    const email = "twice@example.com";
    await signUp(email);
    const verifyToken = tokenOf(await h.smtp.waitForLink(email, /confirm your email/i));
    expect((await open(verifyToken)).status).toBe(400);

    const older = await requestLink(email);
    const newer = await requestLink(email);
    expect((await open(older)).status).toBe(400);
    expect((await open(newer)).status).toBe(200);
  });

  it("limits reset mails per account", async () => {
    const email = "spammed@example.com";
    await signUp(email);
    for (let i = 0; i < 5; i++) expect((await forgot(email)).status).toBe(200);
    const limited = await forgot(email);
    expect(limited.status).toBe(429);
    expect(fieldErrors(limited.data)[""]?.[0]).toMatch(/^Too many attempts/);
    await deliverOutbox();
    expect(mailsTo(h.smtp, email, SUBJECT)).toHaveLength(5);
  });
});
