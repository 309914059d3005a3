import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action, loader } from "~/routes/signup";
import { formRequest, getRequest, run } from "../../support/test-app";
import { getDb } from "~/server/db/db.server";
import { absoluteUrl } from "~/server/http/origin.server";
import { deliverOutbox } from "~/server/outbox/worker.server";
import { peekUserToken } from "~/server/accounts/tokens.server";
import { countRows, logIn, mailsTo, PASSWORD, signUp, startHarness, tokenOf, type Harness } from "./helpers";
import { routeArgs, fieldErrors } from "../../support/route";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const submit = (fields: Record<string, string>) => run(() => action(routeArgs(formRequest("/signup", fields))));

describe("sign-up", () => {
  it("creates the user with a lower-cased email, starts no session, answers 'check your inbox' and mails a verification link", async () => {
    const before = await countRows("users");
    const sessions = await countRows("sessions");
    const outcome = await submit({ name: "  Ada  ", email: "  Ada.Lovelace@Example.COM ", password: PASSWORD });

    expect(outcome.status).toBe(200);
    expect(outcome.data).toEqual({ sentTo: "ada.lovelace@example.com", result: null });
    expect(outcome.response?.headers.getSetCookie() ?? []).toEqual([]);
    expect(await countRows("users")).toBe(before + 1);
    expect(await countRows("sessions")).toBe(sessions);

    const user = await getDb()
      .selectFrom("users")
      .selectAll()
      .where("email", "=", "ada.lovelace@example.com")
      .executeTakeFirstOrThrow();
    expect(user.name).toBe("Ada");
    expect(user.email_verified_at).toBeNull();
    expect(user.password_hash).toMatch(/^scrypt\$/);
    expect(user.password_hash).not.toContain(PASSWORD);

    const link = await h.smtp.waitForLink("ada.lovelace@example.com", /confirm your email/i);
    expect(link).toMatch(/^http:\/\/localhost:\d+\/verify-email\?token=[\w-]{43}$/);
    expect(link.startsWith(absoluteUrl("/verify-email?token="))).toBe(true);

    // The password works at once; signed in, the sign-up page sends the user on.
    const { cookie } = await logIn("ada.lovelace@example.com", PASSWORD);
    const page = await run(() => loader(routeArgs(getRequest("/signup", cookie))));
    expect(page).toRedirectTo("/dashboard");
  });

  const rejected: Array<[string, Record<string, string>, string, RegExp]> = [
    ["an invalid email", { name: "Bob", email: "bob-at-example.com", password: PASSWORD }, "email", /valid email/i],
    [
      "a short password",
      { name: "Bob", email: "bob@example.com", password: "Ab1!x" },
      "password",
      /at least 8 characters/i,
    ],
    [
      "a common password",
      { name: "Bob", email: "bob@example.com", password: "Password123" },
      "password",
      /most common/i,
    ],
    [
      "a password containing the email",
      { name: "Bob", email: "bob.builder@example.com", password: "xBob.Builder@example.com!" },
      "password",
      /email address/i,
    ],
    [
      "a password containing the email's local part",
      { name: "Bob", email: "bob.builder@example.com", password: "my-bob.builder-key" },
      "password",
      /email address/i,
    ],
    ["an empty name", { name: "   ", email: "bob@example.com", password: PASSWORD }, "name", /your name/i],
  ];

  it.each(rejected)("rejects %s with 400 on that field and creates nobody", async (_label, fields, field, message) => {
    const users = await countRows("users");
    const sessions = await countRows("sessions");
    const mails = h.smtp.messages.length;

    const outcome = await submit(fields);

    expect(outcome.status).toBe(400);
    const errors = fieldErrors(outcome.data);
    expect(errors[field]?.join(" ")).toMatch(message);
    expect(Object.keys(errors).filter((k) => errors[k]?.length)).toEqual([field]);
    expect(JSON.stringify(outcome.data)).not.toContain(fields.password);
    expect(outcome.response?.headers.getSetCookie() ?? []).toEqual([]);
    expect(await countRows("users")).toBe(users);
    expect(await countRows("sessions")).toBe(sessions);
    expect(h.smtp.messages.length).toBe(mails);
  });

  it("answers a taken email (in any letter case) exactly like a new one, and tells the owner instead", async () => {
    await signUp("grace@example.com");
    await deliverOutbox();
    const users = await countRows("users");
    const sessions = await countRows("sessions");
    const otherPassword = "another-fine-passphrase-9";

    const taken = await submit({ name: "Impostor", email: "GRACE@example.com", password: otherPassword });
    const fresh = await submit({ name: "Newcomer", email: "newcomer@example.com", password: otherPassword });

    for (const outcome of [taken, fresh]) {
      expect(outcome.status).toBe(200);
      expect(outcome.response?.headers.getSetCookie() ?? []).toEqual([]);
      expect(JSON.stringify(outcome.data)).not.toContain(otherPassword);
    }
    expect(taken.data).toEqual({ sentTo: "grace@example.com", result: null });
    expect(fresh.data).toEqual({ sentTo: "newcomer@example.com", result: null });
    expect(await countRows("users")).toBe(users + 1);
    expect(await countRows("sessions")).toBe(sessions);
    const owner = await getDb()
      .selectFrom("users")
      .select(["id", "name", "password_hash"])
      .where("email", "=", "grace@example.com")
      .executeTakeFirstOrThrow();
    expect(owner.name).toBe("Test Person");

    // The owner learns of it, with a working reset link; nobody gets a verification mail for the taken address.
    await deliverOutbox();
    expect(mailsTo(h.smtp, "grace@example.com", /confirm your email/i)).toHaveLength(1); // from their own sign-up
    const notice = mailsTo(h.smtp, "grace@example.com", /tried to sign up/i);
    expect(notice).toHaveLength(1);
    expect(notice[0].text).toMatch(/already has one/);
    const token = tokenOf(notice[0].text.match(/https?:\/\/\S+/)![0]);
    expect(await peekUserToken(token, "reset-password")).toBe(owner.id);

    // Repeated tries don't flood the owner's inbox: a few notices an hour, the same answer every time.
    for (let i = 0; i < 4; i++) {
      expect((await submit({ name: "Impostor", email: "grace@example.com", password: otherPassword })).status).toBe(
        200,
      );
    }
    await deliverOutbox();
    expect(mailsTo(h.smtp, "grace@example.com", /tried to sign up/i)).toHaveLength(3);
  });
});
