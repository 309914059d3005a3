import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action, loader } from "~/routes/signup";
import { formRequest, getRequest, run } from "../../support/test-app";
import { args, countRows, fieldErrors, PASSWORD, sessionHashOf, signUp, startHarness, type Harness } from "./helpers";
import { getDb } from "~/server/db.server";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const submit = (fields: Record<string, string>) => run(() => action(args(formRequest("/signup", fields))));

describe("sign-up", () => {
  it("creates the user with a lower-cased email, starts a session, redirects to onboarding and mails a verification link", async () => {
    const before = await countRows("users");
    const { cookie, outcome } = await signUp("  Ada.Lovelace@Example.COM ", { name: "  Ada  " });

    expect(outcome.status).toBe(302);
    expect(outcome.response?.headers.get("Location")).toBe("/onboarding");
    expect(await countRows("users")).toBe(before + 1);

    const user = await getDb()
      .selectFrom("users")
      .selectAll()
      .where("email", "=", "ada.lovelace@example.com")
      .executeTakeFirstOrThrow();
    expect(user.name).toBe("Ada");
    expect(user.email_verified_at).toBeNull();
    expect(user.password_hash).toMatch(/^scrypt\$/);
    expect(user.password_hash).not.toContain(PASSWORD);

    // The cookie names a session row of this user.
    const row = await getDb()
      .selectFrom("sessions")
      .selectAll()
      .where("id_hash", "=", sessionHashOf(cookie))
      .executeTakeFirst();
    expect(row?.user_id).toBe(user.id);

    const link = await h.smtp.waitForLink("ada.lovelace@example.com", /confirm your email/i);
    expect(link).toMatch(/^http:\/\/localhost\/verify-email\?token=[\w-]{43}$/);

    // Signed in now, so the sign-up page sends the user on.
    const page = await run(() => loader(args(getRequest("/signup", cookie))));
    expect(page.status).toBe(302);
    expect(page.response?.headers.get("Location")).toBe("/dashboard");
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

  it("rejects a taken email (in any letter case) on the email field, without echoing the password", async () => {
    await signUp("grace@example.com");
    const users = await countRows("users");
    const otherPassword = "another-fine-passphrase-9";

    const outcome = await submit({ name: "Impostor", email: "GRACE@example.com", password: otherPassword });

    expect(outcome.status).toBe(400);
    expect(fieldErrors(outcome.data).email?.join(" ")).toMatch(/already exists/i);
    expect(JSON.stringify(outcome.data)).not.toContain(otherPassword);
    expect(await countRows("users")).toBe(users);
    const owner = await getDb()
      .selectFrom("users")
      .select("name")
      .where("email", "=", "grace@example.com")
      .executeTakeFirstOrThrow();
    expect(owner.name).toBe("Test Person");
  });
});
