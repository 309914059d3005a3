import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/server/db/db.server";
import { GoogleAccountError, signInWithGoogle } from "~/server/accounts/google-auth.server";
import { countRows, signUp, startHarness, type Harness } from "./helpers";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const userByEmail = (email: string) =>
  getDb().selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();

describe("signInWithGoogle", () => {
  it("creates a verified, password-less account for a new verified email", async () => {
    const users = await countRows("users");
    const before = Date.now();
    const { user, outcome } = await signInWithGoogle({
      sub: "google-sub-new",
      email: "New.Person@Gmail.com",
      email_verified: true,
      name: " New Person ",
    });

    expect(outcome).toBe("created");
    expect(await countRows("users")).toBe(users + 1);
    const row = await userByEmail("new.person@gmail.com");
    expect(row).toMatchObject({ id: user.id, google_sub: "google-sub-new", password_hash: null, name: "New Person" });
    expect(row?.email_verified_at).toBeGreaterThanOrEqual(before);
  });

  it("names a new account after the email when Google sends no name", async () => {
    const { user } = await signInWithGoogle({
      sub: "google-sub-noname",
      email: "quiet@gmail.com",
      email_verified: true,
    });
    expect(user.name).toBe("quiet");
  });

  it("links a verified Google email to the existing account instead of creating another", async () => {
    const { userId } = await signUp("linda@example.com");
    const users = await countRows("users");

    const { user, outcome } = await signInWithGoogle({
      sub: "google-sub-linda",
      email: "LINDA@example.com",
      email_verified: true,
      name: "Linda G",
    });

    expect(outcome).toBe("linked");
    expect(user.id).toBe(userId);
    expect(await countRows("users")).toBe(users);
    const row = await userByEmail("linda@example.com");
    expect(row?.google_sub).toBe("google-sub-linda");
    expect(row?.email_verified_at).not.toBeNull();
    // The address was never verified, so whoever chose that password may not own it.
    expect(row?.password_hash).toBeNull();
    expect(row?.name).toBe("Test Person");
  });

  it("keeps the password and sessions of a verified account it links to", async () => {
    const { userId } = await signUp("vera@example.com");
    const db = getDb();
    await db.updateTable("users").set({ email_verified_at: Date.now() }).where("id", "=", userId).execute();
    const sessions = await db.selectFrom("sessions").select("id_hash").where("user_id", "=", userId).execute();

    await signInWithGoogle({ sub: "google-sub-vera", email: "vera@example.com", email_verified: true });

    expect((await userByEmail("vera@example.com"))?.password_hash).toMatch(/^scrypt\$/);
    expect(await db.selectFrom("sessions").select("id_hash").where("user_id", "=", userId).execute()).toEqual(sessions);
  });

  it("signs out the sessions of an unverified account it takes over", async () => {
    const { userId } = await signUp("taken@example.com");
    await signInWithGoogle({ sub: "google-sub-taken", email: "taken@example.com", email_verified: true });
    expect(await getDb().selectFrom("sessions").select("id_hash").where("user_id", "=", userId).execute()).toEqual([]);
  });

  it.each([false, undefined])(
    "refuses an unverified Google email (email_verified: %s) and creates nothing",
    async (emailVerified) => {
      const users = await countRows("users");
      const attempt = signInWithGoogle({
        sub: `google-sub-unverified-${emailVerified}`,
        email: "unverified@gmail.com",
        email_verified: emailVerified,
      });
      await expect(attempt).rejects.toBeInstanceOf(GoogleAccountError);
      await expect(attempt).rejects.toThrow(/isn't verified/);
      expect(await countRows("users")).toBe(users);
    },
  );

  it("doesn't link an unverified Google email to an existing account", async () => {
    const before = await userByEmail("linda@example.com");
    await expect(
      signInWithGoogle({ sub: "google-sub-attacker", email: "linda@example.com", email_verified: false }),
    ).rejects.toBeInstanceOf(GoogleAccountError);
    expect(await userByEmail("linda@example.com")).toEqual(before);
  });

  it("signs a known Google account in by its sub, even if its email changed at Google", async () => {
    const users = await countRows("users");
    const first = await userByEmail("new.person@gmail.com");
    const { user, outcome } = await signInWithGoogle({
      sub: "google-sub-new",
      email: "renamed@gmail.com",
      email_verified: false,
    });
    expect(outcome).toBe("existing");
    expect(user.id).toBe(first?.id);
    expect(user.email).toBe("new.person@gmail.com");
    expect(await countRows("users")).toBe(users);
  });
});
