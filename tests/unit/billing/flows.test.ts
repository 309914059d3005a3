import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLANS } from "~/billing/plans";
import { action as checkoutAction } from "~/routes/billing.checkout";
import { action as changeAction, loader as changeLoader } from "~/routes/billing.change";
import { action as billingActionRoute, loader as billingLoader } from "~/routes/billing._index";
import { action as portalAction } from "~/routes/billing.portal";
import { loader as pricingLoader } from "~/routes/pricing";
import { loader as rootLoader } from "~/root";
import { action as newPersonAction } from "~/routes/people.new";
import { action as editPersonAction } from "~/routes/people.$id.edit";
import { loader as listLoader } from "~/routes/people._index";
import { entitlementsFor } from "~/server/billing/entitlements.server";
import { getDb } from "~/server/db/db.server";
import { deliveries } from "~/server/outbox/deliveries.server";
import { runOutboxPass } from "~/server/outbox/outbox.server";
import { getUserById } from "~/server/accounts/users.server";
import { startSmtpCapture } from "../../support/smtp-capture";
import { run } from "../../support/test-app";
import { get, PERSON, post } from "../readings/harness";
import { startBilling, subscribe, type BillingHarness } from "./harness";
import { signedInUser } from "../../support/factories";
import { routeArgs } from "../../support/route";

let h: BillingHarness;
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
let ada: { id: string; cookie: string };
let bob: { id: string; cookie: string };

beforeAll(async () => {
  smtp = await startSmtpCapture();
  h = await startBilling({ SMTP_URL: smtp.url });
  ada = await signedInUser({ name: "Ada" });
  bob = await signedInUser({ name: "Bob" });
});
afterAll(async () => {
  await h.close();
  await smtp.close();
});

const billingData = async (cookie: string, search = "") => {
  const outcome = await run(() => billingLoader(routeArgs(get(`/billing${search}`, cookie))));
  return outcome.data as Awaited<ReturnType<typeof billingLoader>>;
};
const subscriptionOf = async (userId: string) =>
  getDb().selectFrom("billing_subscriptions").selectAll().where("user_id", "=", userId).executeTakeFirst();

describe("checkout", () => {
  it("refuses anything but a paid plan and an interval with 400", async () => {
    const bad: Array<Record<string, string>> = [
      { plan: "free", interval: "monthly" },
      { plan: "premium", interval: "weekly" },
      {},
    ];
    for (const fields of bad) {
      const outcome = await run(() => checkoutAction(routeArgs(post("/billing/checkout", fields, ada.cookie))));
      expect(outcome.status).toBe(400);
    }
  });

  it("sends the user to Stripe Checkout (303) with one customer however often they start", async () => {
    const starts = await Promise.all(
      [1, 2, 3].map(() =>
        run(() =>
          checkoutAction(routeArgs(post("/billing/checkout", { plan: "premium", interval: "monthly" }, ada.cookie))),
        ),
      ),
    );
    for (const outcome of starts) {
      expect(outcome.status).toBe(303);
      expect(outcome.response!.headers.get("Location")).toMatch(new RegExp(`^${h.stripe.url}/checkout/cs_test_`));
    }
    expect([...h.stripe.state.customers.values()].filter((c) => c.metadata.user_id === ada.id)).toHaveLength(1);
    const session = [...h.stripe.state.sessions.values()].at(-1)!;
    expect(session).toMatchObject({
      mode: "subscription",
      client_reference_id: ada.id,
      cancel_url: "http://localhost:3000/pricing",
    });
    expect(session.success_url).toMatch(/\/billing\?checkout=success&session_id=\{CHECKOUT_SESSION_ID\}$/);
  });

  it("confirms the plan on return, before any webhook, and the webhook then changes nothing", async () => {
    const { location } = await subscribe(h.stripe, ada.id, "premium", "monthly");
    const search = new URL(location).search;
    expect(await billingData(bob.cookie, search)).toMatchObject({ confirmed: null, subscription: null });
    const page = await billingData(ada.cookie, search);
    expect(page.confirmed).toBe("Thank you! You're on Premium now.");
    expect(page.subscription).toMatchObject({
      planName: "Premium",
      interval: "monthly",
      status: "active",
      manageable: true,
    });
    expect(await entitlementsFor(ada.id)).toEqual(PLANS.premium.entitlements);
    const before = await subscriptionOf(ada.id);
    await h.deliverPending();
    expect(await subscriptionOf(ada.id)).toMatchObject({
      ...before,
      read_at: expect.any(Number),
      updated_at: expect.any(Number),
    });
    const again = await billingData(ada.cookie);
    expect(again.invoices).toMatchObject([
      { status: "paid", amountPaid: 999, number: expect.stringMatching(/^NUMLOCAL-/) },
    ]);
    expect(again.invoices[0].hostedUrl).toMatch(/\/invoices\/in_/);
  });

  it("lets a Premium user add a 6th person, and /pricing marks the plan", async () => {
    for (let i = 0; i < 6; i += 1) {
      const outcome = await run(() =>
        newPersonAction(routeArgs(post("/people/new", { ...PERSON, name: `P${i}` }, ada.cookie))),
      );
      expect(outcome.status).toBe(302);
    }
    const pricing = await run(() => pricingLoader(routeArgs(get("/pricing", ada.cookie))));
    expect(pricing.data).toMatchObject({ currentPlan: "premium", mode: "manage", unavailable: null });
  });

  it("won't start a second subscription", async () => {
    const outcome = await run(() =>
      checkoutAction(routeArgs(post("/billing/checkout", { plan: "elite", interval: "monthly" }, ada.cookie))),
    );
    expect(outcome).toMatchObject({ status: 409, data: { problem: expect.stringMatching(/already have a plan/) } });
  });
});

describe("managing the subscription", () => {
  it("previews a switch to yearly, then makes exactly that change", async () => {
    const preview = await run(() => changeLoader(routeArgs(get("/billing/change?to=premium:yearly", ada.cookie))));
    const { preview: shown } = preview.data as { preview: { amountDue: number; prorationDate: number } };
    expect(shown.amountDue).toBeGreaterThan(9990 - 999 - 5);
    expect(shown.amountDue).toBeLessThanOrEqual(9990);
    const fields = { plan: "premium", interval: "yearly", prorationDate: String(shown.prorationDate) };
    const confirm = await run(() => changeAction(routeArgs(post("/billing/change", fields, ada.cookie))));
    expect(confirm.status).toBe(302);
    expect(await subscriptionOf(ada.id)).toMatchObject({ plan: "premium", interval: "yearly" });
    await h.deliverPending();
    const invoices = (await billingData(ada.cookie)).invoices;
    expect(invoices[0]).toMatchObject({ amountPaid: shown.amountDue });
    expect(
      (await run(() => changeLoader(routeArgs(get("/billing/change?to=premium:yearly", ada.cookie))))).status,
    ).toBe(400);
    expect((await run(() => changeLoader(routeArgs(get("/billing/change?to=gold:daily", ada.cookie))))).status).toBe(
      400,
    );
  });

  it("cancels at period end and resumes", async () => {
    const cancel = await run(() => billingActionRoute(routeArgs(post("/billing", { intent: "cancel" }, ada.cookie))));
    expect(cancel.status).toBe(302);
    expect((await billingData(ada.cookie)).subscription).toMatchObject({ cancelAtPeriodEnd: true, status: "active" });
    expect(await entitlementsFor(ada.id)).toEqual(PLANS.premium.entitlements);
    await run(() => billingActionRoute(routeArgs(post("/billing", { intent: "resume" }, ada.cookie))));
    await h.deliverPending();
    expect((await billingData(ada.cookie)).subscription).toMatchObject({ cancelAtPeriodEnd: false });
    expect(
      (await run(() => billingActionRoute(routeArgs(post("/billing", { intent: "refund" }, ada.cookie))))).status,
    ).toBe(400);
  });

  it("sends the user to the Billing Portal (303)", async () => {
    const outcome = await run(() => portalAction(routeArgs(post("/billing/portal", {}, ada.cookie))));
    expect(outcome.status).toBe(303);
    expect(outcome.response!.headers.get("Location")).toMatch(new RegExp(`^${h.stripe.url}/portal/bps_`));
  });

  it("shows a banner and mails once when a renewal fails; the plan holds while Stripe retries", async () => {
    const sub = (await subscriptionOf(ada.id))!;
    h.stripe.state.failNextPayment = true;
    h.stripe.state.advance(sub.id);
    await h.deliverPending();
    const root = await run(() => rootLoader(routeArgs(get("/dashboard", ada.cookie))));
    expect((root.data as { user: { paymentProblem: boolean } }).user.paymentProblem).toBe(true);
    expect(await entitlementsFor(ada.id)).toEqual(PLANS.premium.entitlements);
    const notices = await getDb()
      .selectFrom("notifications")
      .select(["dedupe_id", "title"])
      .where("user_id", "=", ada.id)
      .where("type", "=", "billing")
      .execute();
    expect(notices.map((n) => n.dedupe_id.split(":")[1])).toEqual(["payment-failed"]);
    expect(notices[0].title).toBe("Your NumerAI payment didn't go through");
    // Billing notices are mailed by default, through the one notification pipeline.
    const mails = await getDb()
      .selectFrom("outbox")
      .select("kind")
      .where("idempotency_id", "=", `${notices[0].dedupe_id}:email`)
      .execute();
    expect(mails).toEqual([{ kind: "notification-email" }]);
    h.stripe.state.retryOpenInvoices(h.stripe.state.subscriptions.get(sub.id)!.customer);
    await h.deliverPending();
    const after = await run(() => rootLoader(routeArgs(get("/dashboard", ada.cookie))));
    expect((after.data as { user: { paymentProblem: boolean } }).user.paymentProblem).toBe(false);
    // Each notice is mailed once (the billing notification's email channel), linking to /billing.
    await runOutboxPass(deliveries);
    const email = (await getUserById(ada.id))!.email;
    expect(await smtp.waitForLink(email, /payment didn't go through/)).toBe("http://localhost:3000/billing");
    expect(await smtp.waitForLink(email, /plan is renewed/)).toBe("http://localhost:3000/billing");
    // The outbox sends a batch side by side, so in either order.
    expect(
      smtp.messages
        .filter((m) => m.to.includes(email))
        .map((m) => m.subject)
        .sort(),
    ).toEqual(["Your NumerAI payment didn't go through", "Your NumerAI plan is renewed"]);
  });

  it("keeps people past the limit after a downgrade: readable, editable, but no more added", async () => {
    const sub = (await subscriptionOf(ada.id))!;
    h.stripe.state.cancel(sub.id);
    await h.deliverPending();
    expect(await entitlementsFor(ada.id)).toEqual(PLANS.free.entitlements);
    const list = await run(() => listLoader(routeArgs(get("/people", ada.cookie))));
    const { people, atLimit } = list.data as { people: Array<{ id: string }>; atLimit: boolean };
    expect(people).toHaveLength(6);
    expect(atLimit).toBe(true);
    const edit = await run(() =>
      editPersonAction(
        routeArgs(post(`/people/${people[5].id}/edit`, { ...PERSON, name: "Renamed" }, ada.cookie), {
          id: people[5].id,
        }),
      ),
    );
    expect(edit.status).toBe(302);
    const added = await run(() => newPersonAction(routeArgs(post("/people/new", PERSON, ada.cookie))));
    expect(added.status).toBe(403);
    expect(JSON.stringify(added.data)).toContain("Your plan keeps up to 5 people");
  });
});
