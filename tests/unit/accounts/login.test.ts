import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redirectToField } from "~/forms/fields";
import { loader } from "~/routes/login";
import { getDb } from "~/server/db/db.server";
import { getCurrentSession } from "~/server/session/session.server";
import { getRequest, run } from "../../support/test-app";
import { logIn, PASSWORD, sessionCount, sessionHashOf, signUp, startHarness, type Harness } from "./helpers";
import { routeArgs, fieldErrors } from "../../support/route";

const LIMIT = 3;
let h: Harness;
let fresh: { cookie: string; userId: string };
beforeAll(async () => {
  h = await startHarness({ RATE_LIMIT_LOGIN_FAILURES: String(LIMIT) });
  fresh = await signUp("fresh@example.com");
  const onboarded = await signUp("onboarded@example.com");
  await getDb()
    .updateTable("users")
    .set({ birth_name: "Onboarded Person", birth_date: "1990-05-17", timezone: "Europe/Paris" })
    .where("id", "=", onboarded.userId)
    .execute();
});
afterAll(() => h.close());

const sessionRow = (cookie: string) =>
  getDb().selectFrom("sessions").selectAll().where("id_hash", "=", sessionHashOf(cookie)).executeTakeFirst();

describe("login", () => {
  it("signs in a user without a birth profile and sends them to onboarding, whatever redirectTo says", async () => {
    const result = await logIn("Fresh@Example.com", PASSWORD, { redirectTo: "/settings/profile" });
    expect(result.status).toBe(302);
    expect(result.location).toBe("/onboarding");
    expect((await sessionRow(result.cookie))?.user_id).toBe(fresh.userId);
  });

  it("sends an onboarded user to redirectTo, or to the dashboard without one", async () => {
    const withTarget = await logIn("onboarded@example.com", PASSWORD, { redirectTo: "/settings/sessions?tab=1" });
    expect(withTarget.status).toBe(302);
    expect(withTarget.location).toBe("/settings/sessions?tab=1");
    expect(await sessionRow(withTarget.cookie)).toBeDefined();

    const plain = await logIn("onboarded@example.com", PASSWORD);
    expect(plain.location).toBe("/dashboard");
  });

  it.each(["//evil.com", "https://evil.com/steal", "/\\evil.com", "/\t/evil.com"])(
    "ignores the external redirectTo %j and lands on the dashboard",
    async (redirectTo) => {
      const result = await logIn("onboarded@example.com", PASSWORD, { redirectTo });
      expect(result.status).toBe(302);
      expect(result.location).toBe("/dashboard");
      // What a browser would do with the Location it got.
      expect(new URL(result.location!, "http://localhost").origin).toBe("http://localhost");
    },
  );

  it("refuses a wrong password with 400, a form-level message and no session", async () => {
    const sessions = await sessionCount(fresh.userId);
    const result = await logIn("fresh@example.com", "not-the-right-one");
    expect(result.status).toBe(400);
    expect(fieldErrors(result.data)[""]).toEqual(["That email and password don't match an account."]);
    expect(JSON.stringify(result.data)).not.toContain("not-the-right-one");
    expect(result.response?.headers.getSetCookie()).toEqual([]);
    expect(await sessionCount(fresh.userId)).toBe(sessions);
  });

  it("gives an unknown email the same answer as a wrong password", async () => {
    const result = await logIn("nobody@example.com", PASSWORD);
    expect(result.status).toBe(400);
    expect(fieldErrors(result.data)[""]).toEqual(["That email and password don't match an account."]);
  });

  it(`locks an account for a source after ${LIMIT} failures: its next attempt gets 429 even with the right password`, async () => {
    const { userId } = await signUp("target@example.com");
    const sessions = await sessionCount(userId);
    for (let i = 1; i <= LIMIT; i++) {
      const failure = await logIn("target@example.com", `wrong-guess-${i}`);
      expect(failure.status, `failure ${i}`).toBe(400);
    }
    const locked = await logIn("TARGET@example.com", PASSWORD);
    expect(locked.status).toBe(429);
    expect(fieldErrors(locked.data)[""]?.[0]).toMatch(
      /^Too many failed attempts\. Please wait \d+ minutes?, or reset your password by email to unlock your account now\.$/,
    );
    expect(locked.response?.headers.getSetCookie()).toEqual([]);
    expect(await sessionCount(userId)).toBe(sessions);

    // The lock is per account: another account from the same address still signs in.
    expect((await logIn("fresh@example.com", PASSWORD)).status).toBe(302);
  });

  it("takes back only its own attempt on success: earlier failures still count, later successes never do", async () => {
    await signUp("forgetful@example.com");
    for (let i = 0; i < LIMIT - 1; i++) expect((await logIn("forgetful@example.com", "wrong-guess")).status).toBe(400);
    for (let i = 0; i < LIMIT + 2; i++) expect((await logIn("forgetful@example.com", PASSWORD)).status).toBe(302);
    // LIMIT - 1 failures so far: one more is allowed, the next is over the limit.
    expect((await logIn("forgetful@example.com", "wrong-again")).status).toBe(400);
    expect((await logIn("forgetful@example.com", "wrong-again")).status).toBe(429);
  });

  it("rotates the session id at login and deletes the previous session", async () => {
    const before = fresh.cookie;
    expect(await getCurrentSession(getRequest("/", before))).not.toBeNull();

    const result = await logIn("fresh@example.com", PASSWORD, { cookie: before });
    expect(result.status).toBe(302);
    expect(result.cookie).not.toBe(before);
    expect(sessionHashOf(result.cookie)).not.toBe(sessionHashOf(before));
    expect(await sessionRow(before)).toBeUndefined();
    expect((await sessionRow(result.cookie))?.user_id).toBe(fresh.userId);
    expect(await getCurrentSession(getRequest("/", before))).toBeNull();
    fresh.cookie = result.cookie;
  });

  it("sends a signed-in visitor from the login page to the dashboard", async () => {
    const page = await run(() => loader(routeArgs(getRequest("/login", fresh.cookie))));
    expect(page).toRedirectTo("/dashboard");
    const anonymous = await run(() => loader(routeArgs(getRequest("/login"))));
    expect(anonymous.status).toBe(200);
  });
});

describe("redirectTo field", () => {
  it.each(["/dashboard", "/settings/sessions?tab=1#top", "/a//b", "/%2F%2Fevil.com"])(
    "keeps the same-site path %j",
    (path) => {
      expect(redirectToField.parse(path)).toBe(path);
    },
  );

  it.each([
    "//evil.com",
    "https://evil.com",
    "/\\evil.com",
    "/\t/evil.com",
    "/\n/evil.com",
    "\\\\evil.com",
    " //evil.com",
    "javascript:alert(1)",
    "//[",
    "",
    undefined,
  ])("drops %j without throwing", (value) => {
    expect(redirectToField.parse(value)).toBeUndefined();
  });
});
