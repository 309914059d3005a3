import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/server/db/db.server";
import { deliverOutbox } from "~/server/outbox/worker.server";
import { mailsTo, signUp, startHarness, type Harness } from "../accounts/helpers";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe("account and security events go through notify()", () => {
  it("welcomes a new account and tells it about the sign-in, in the app and (security) by email", async () => {
    const email = "noticed@example.com";
    const { userId } = await signUp(email);
    const rows = await getDb()
      .selectFrom("notifications")
      .select(["type", "title", "url"])
      .where("user_id", "=", userId)
      .orderBy("created_at")
      .execute();
    expect(rows).toEqual([
      { type: "account", title: "Welcome to NumerAI", url: "/dashboard" },
      { type: "security", title: "New sign-in to your account", url: "/settings/sessions" },
    ]);
    await deliverOutbox();
    const [mail] = mailsTo(h.smtp, email, /New sign-in/);
    expect(mail.text).toContain("If this wasn't you");
    expect(mail.text).toMatch(/http:\/\/localhost:\d+\/settings\/sessions/);
    // Account notices are in-app by default: no welcome mail besides the verification link.
    expect(mailsTo(h.smtp, email, /Welcome/)).toHaveLength(0);
  });
});
