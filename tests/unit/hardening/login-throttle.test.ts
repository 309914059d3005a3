import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as forgotAction } from "~/routes/forgot-password";
import { action as loginAction } from "~/routes/login";
import { action as resetAction } from "~/routes/reset-password";
import { formRequest, run } from "../../support/test-app";
import { PASSWORD } from "../privacy/helpers";
import { NEW_PASSWORD, startHarness, tokenOf, type Harness } from "../accounts/helpers";
import { makeUser } from "../../support/factories";
import { routeArgs } from "../../support/route";

// Per account and source: 3 failures; per account from everywhere: 6.
const PER_SOURCE = 3;
const PER_ACCOUNT = 6;
let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    RATE_LIMIT_LOGIN_FAILURES: String(PER_SOURCE),
    RATE_LIMIT_ACCOUNT_FAILURES: String(PER_ACCOUNT),
  });
});
afterAll(() => h.close());

const login = (email: string, password: string, ip: string) =>
  run(() => loginAction(routeArgs(formRequest("/login", { email, password }), {}, ip)));

describe("failed-login throttling", () => {
  it("counts every attempt before checking it: a burst of 40 (39 wrong, 1 right) gets 429s past the limit", async () => {
    const email = "burst@example.com";
    await makeUser({ email: email, password: PASSWORD });
    const attempts = Array.from({ length: 40 }, (_, i) => (i === 20 ? PASSWORD : `wrong-guess-${i}`));
    const outcomes = await Promise.all(attempts.map((password) => login(email, password, "203.0.113.40")));
    const count = (status: number) => outcomes.filter((o) => o.status === status).length;

    // Only the first PER_SOURCE attempts to be counted get their password checked; a success among
    // them takes back its own count only, never the others'.
    expect(count(429)).toBeGreaterThanOrEqual(40 - PER_SOURCE);
    expect(count(400) + count(302)).toBeLessThanOrEqual(PER_SOURCE);
    expect(count(400) + count(302) + count(429)).toBe(40);
  });

  it("locks out the source that failed, not the owner: the right password from elsewhere still signs in", async () => {
    const email = "owner@example.com";
    await makeUser({ email: email, password: PASSWORD });
    for (let i = 0; i < PER_SOURCE; i++) expect((await login(email, `guess-${i}`, "198.51.100.66")).status).toBe(400);
    expect((await login(email, PASSWORD, "198.51.100.66")).status).toBe(429);

    const owner = await login(email, PASSWORD, "192.0.2.10");
    expect(owner).toRedirectTo("/dashboard");
  });

  it("under attack from many sources, lets only sources without failures try, and a reset by email unlocks everyone", async () => {
    const email = "guarded@example.com";
    await makeUser({ email: email, password: PASSWORD });
    // PER_ACCOUNT failures, one per attacking address.
    for (let i = 0; i < PER_ACCOUNT; i++) expect((await login(email, `spray-${i}`, `10.9.0.${i}`)).status).toBe(400);

    // An address that has failed on this account is refused, right password or not.
    expect((await login(email, PASSWORD, "10.9.0.1")).status).toBe(429);
    // A fresh address gets its one try: wrong, and it too is refused from then on…
    expect((await login(email, "spray-fresh", "10.9.1.1")).status).toBe(400);
    expect((await login(email, PASSWORD, "10.9.1.1")).status).toBe(429);
    // …while the owner, from an address with no failures, signs in.
    expect((await login(email, PASSWORD, "192.0.2.20")).status).toBe(302);

    // The emailed reset proves the mailbox and lifts every lock on the account.
    expect((await run(() => forgotAction(routeArgs(formRequest("/forgot-password", { email }))))).status).toBe(200);
    const token = tokenOf(await h.smtp.waitForLink(email, /reset your numerai password/i));
    const reset = { token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    expect((await run(() => resetAction(routeArgs(formRequest("/reset-password", reset))))).status).toBe(302);
    expect((await login(email, NEW_PASSWORD, "10.9.0.1")).status).toBe(302);
  });
});
