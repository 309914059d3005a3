import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as resendAction } from "~/routes/verify-email.resend";
import { action as verifyAction, loader as verifyLoader } from "~/routes/verify-email";
import { getDb } from "~/server/db/db.server";
import { deliverOutbox } from "~/server/outbox/worker.server";
import { formRequest, getRequest, run } from "../../support/test-app";
import { mailsTo, signUp, startHarness, tokenOf, type Harness } from "./helpers";
import { routeArgs, flashOf } from "../../support/route";
import { eventTypes } from "../../support/factories";

const SUBJECT = /confirm your email/i;
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const open = (token: string) =>
  run(() => verifyLoader(routeArgs(getRequest(`/verify-email?token=${encodeURIComponent(token)}`))));
const confirm = (token: string, cookie?: string) =>
  run(() => verifyAction(routeArgs(formRequest("/verify-email", { token }, { cookie }))));
const resend = (cookie: string, redirectTo?: string) =>
  run(() => resendAction(routeArgs(formRequest("/verify-email/resend", redirectTo ? { redirectTo } : {}, { cookie }))));
const verifiedAt = async (userId: string) =>
  (await getDb().selectFrom("users").select("email_verified_at").where("id", "=", userId).executeTakeFirstOrThrow())
    .email_verified_at;

describe("email verification", () => {
  it("shows the link as valid on GET without changing anything, verifies on POST, and refuses the same token twice", async () => {
    const { userId } = await signUp("verify.me@example.com");
    const token = tokenOf(await h.smtp.waitForLink("verify.me@example.com", SUBJECT));

    // Opening the link (and a mail scanner prefetching it, twice) changes nothing.
    for (let i = 0; i < 2; i++) {
      const page = await open(token);
      expect(page.status).toBe(200);
      expect(page.data).toEqual({ token, valid: true });
    }
    expect(await verifiedAt(userId)).toBeNull();
    const tokenRow = await getDb()
      .selectFrom("user_tokens")
      .select("used_at")
      .where("user_id", "=", userId)
      .executeTakeFirstOrThrow();
    expect(tokenRow.used_at).toBeNull();

    const before = Date.now();
    const confirmed = await confirm(token);
    expect(confirmed).toRedirectTo("/login"); // not signed in on this browser
    expect((await flashOf(confirmed.response))?.kind).toBe("success");
    expect(await verifiedAt(userId)).toBeGreaterThanOrEqual(before);
    expect(await eventTypes(userId)).toContain("email.verified");

    const again = await confirm(token);
    expect(again.status).toBe(400);
    expect(again).toHaveFieldError("", /expired or was already used/);
    expect((await eventTypes(userId)).filter((t) => t === "email.verified")).toHaveLength(1);
    expect((await open(token)).status).toBe(400);
  });

  it("sends a signed-in user to the dashboard after confirming", async () => {
    const { cookie } = await signUp("signed.in@example.com");
    const token = tokenOf(await h.smtp.waitForLink("signed.in@example.com", SUBJECT));
    const confirmed = await confirm(token, cookie);
    expect(confirmed).toRedirectTo("/dashboard");
  });

  it("refuses unknown, empty and over-long tokens", async () => {
    for (const token of ["not-a-real-token", "", "x".repeat(300)]) {
      expect((await open(token)).status).toBe(400);
      expect((await confirm(token)).status).toBe(400);
    }
  });

  it("resends a new link that replaces the old one, and limits resends per account", async () => {
    const email = "resend@example.com";
    const { cookie, userId } = await signUp(email);
    const first = tokenOf(await h.smtp.waitForLink(email, SUBJECT));
    expect(mailsTo(h.smtp, email, SUBJECT)).toHaveLength(1);

    const sent = await resend(cookie, "/settings/profile");
    expect(sent).toRedirectTo("/settings/profile");
    expect(await flashOf(sent.response)).toEqual({ kind: "success", message: `We sent a new link to ${email}.` });
    await deliverOutbox();
    expect(mailsTo(h.smtp, email, SUBJECT)).toHaveLength(2);
    const second = tokenOf(await h.smtp.waitForLink(email, SUBJECT));
    expect(second).not.toBe(first);
    expect((await open(first)).status).toBe(400); // superseded
    expect((await open(second)).status).toBe(200);

    // Five resends an hour per account: four more are fine, the next one is refused and sends nothing.
    for (let i = 0; i < 4; i++) expect((await flashOf((await resend(cookie)).response))?.kind).toBe("success");
    await deliverOutbox();
    expect(mailsTo(h.smtp, email, SUBJECT)).toHaveLength(6);
    const limited = await resend(cookie);
    expect(limited).toRedirectTo("/dashboard");
    const flash = await flashOf(limited.response);
    expect(flash?.kind).toBe("error");
    expect(flash?.message).toMatch(/^Too many attempts/);
    await deliverOutbox();
    expect(mailsTo(h.smtp, email, SUBJECT)).toHaveLength(6);
    expect(await verifiedAt(userId)).toBeNull();
  });

  it("doesn't resend to a confirmed address, and needs a signed-in user", async () => {
    const email = "already@example.com";
    const { cookie } = await signUp(email);
    await confirm(tokenOf(await h.smtp.waitForLink(email, SUBJECT)), cookie);
    await deliverOutbox();
    const mails = mailsTo(h.smtp, email).length;

    const result = await resend(cookie);
    expect(result.status).toBe(302);
    expect((await flashOf(result.response))?.message).toMatch(/already confirmed/);
    await deliverOutbox();
    expect(mailsTo(h.smtp, email)).toHaveLength(mails);

    const anonymous = await resend("");
    expect(anonymous.status).toBe(302);
    expect(anonymous.response?.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });
});
