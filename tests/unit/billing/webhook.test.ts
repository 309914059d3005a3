import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleStripeWebhook } from "~/server/billing/webhook.server";
import { entitlementsFor } from "~/server/billing/entitlements.server";
import { PLANS } from "~/billing/plans";
import { refund } from "../../support/stripe-local/money";
import { countRows } from "../accounts/helpers";
import {
  billingSnapshot,
  deliver,
  resetBillingRows,
  signedWebhook,
  startBilling,
  subscribe,
  type BillingHarness,
} from "./harness";
import { signedInUser } from "../../support/factories";

let h: BillingHarness;
let userId: string;
/** Every event of one subscription's life: checkout, a declined renewal, recovery, a refund, cancellation. */
let events: Array<{ id: string; type: string; data: { object: { id: string; status?: string } } }>;
let expected: Awaited<ReturnType<typeof billingSnapshot>>;

beforeAll(async () => {
  h = await startBilling();
  userId = (await signedInUser()).id;
  await subscribe(h.stripe, userId, "premium", "monthly");
  const s = h.stripe.state;
  const subscription = [...s.subscriptions.values()][0];
  s.failNextPayment = true;
  s.advance(subscription.id);
  s.retryOpenInvoices(subscription.customer);
  const paid = [...s.invoices.values()].at(-1)!;
  refund(s, {
    payment_intent: paid.payments.data[0].payment.payment_intent,
    amount: 300,
    reason: "requested_by_customer",
  });
  s.cancel(subscription.id);
  events = h.stripe.events as typeof events;
});
afterAll(() => h.close());

async function deliverAll(list: typeof events) {
  for (const event of list) expect((await deliver(event)).status).toBe(200);
}

describe("the Stripe webhook", () => {
  it("applies a subscription's whole life in order", async () => {
    expect(events.map((e) => e.type)).toEqual([
      "customer.subscription.created",
      "payment_intent.succeeded",
      "invoice.paid",
      "invoice.payment_succeeded",
      "checkout.session.completed",
      "customer.subscription.updated",
      "payment_intent.payment_failed",
      "invoice.payment_failed",
      "customer.subscription.updated",
      "payment_intent.succeeded",
      "invoice.paid",
      "invoice.payment_succeeded",
      "customer.subscription.updated",
      "refund.created",
      "charge.refunded",
      "customer.subscription.deleted",
    ]);
    await deliverAll(events);
    expected = await billingSnapshot();
    expect(expected.subscriptions).toMatchObject([{ user_id: userId, plan: "premium", status: "canceled" }]);
    expect(expected.invoices.map((i) => [i.billing_reason, i.status, i.amount_paid]).sort()).toEqual([
      ["subscription_create", "paid", 999],
      ["subscription_cycle", "paid", 999],
    ]);
    expect(expected.refunds).toMatchObject([{ amount: 300, status: "succeeded" }]);
    expect(expected.notices).toHaveLength(2);
    expect(expected.notices.some((n) => n.startsWith("billing:renewed:"))).toBe(true);
    expect(expected.notices.some((n) => n.startsWith("billing:refunded:"))).toBe(true);
    expect(await entitlementsFor(userId)).toEqual(PLANS.free.entitlements);
  });

  it("applies each event once however often it arrives (each delivered 3 times)", async () => {
    await resetBillingRows();
    for (const event of events) {
      const replies = [await deliver(event), await deliver(event), await deliver(event)];
      expect(replies.map((r) => r.status)).toEqual([200, 200, 200]);
      const repeat = event.type === "refund.created" ? "Ignored." : "Already applied.";
      expect(replies.slice(1).map((r) => r.text)).toEqual([repeat, repeat]);
    }
    expect(await billingSnapshot()).toEqual(expected);
    expect(await countRows("stripe_events")).toBe(events.filter((e) => e.type !== "refund.created").length);
  });

  it("ends in the same state whichever of two events arrives first (every pair)", async () => {
    let pairs = 0;
    const outcome = async (order: typeof events) => {
      await resetBillingRows();
      await deliverAll(order);
      return billingSnapshot();
    };
    for (let i = 0; i < events.length; i += 1) {
      for (let j = i + 1; j < events.length; j += 1) {
        const inOrder = await outcome([events[i], events[j]]);
        expect(await outcome([events[j], events[i]]), `${events[i].type} ⇄ ${events[j].type}`).toEqual(inOrder);
        pairs += 1;
      }
    }
    expect(pairs).toBe((events.length * (events.length - 1)) / 2);
    // And the whole life backwards ends where it did forwards.
    expect(await outcome([...events].reverse())).toEqual(expected);
  });

  it("never lets an old 'active' event bring back a deleted subscription", async () => {
    await resetBillingRows();
    const deleted = events.find((e) => e.type === "customer.subscription.deleted")!;
    const created = events.find((e) => e.type === "customer.subscription.created")!;
    expect(created.data.object.status).toBe("active");
    await deliverAll([deleted, created]);
    expect((await billingSnapshot()).subscriptions).toMatchObject([{ status: "canceled" }]);
  });

  it("applies concurrent deliveries (duplicates included) exactly once", async () => {
    await resetBillingRows();
    const replies = await Promise.all(events.flatMap((event) => [deliver(event), deliver(event), deliver(event)]));
    expect(replies.every((r) => r.status === 200)).toBe(true);
    expect(await billingSnapshot()).toEqual(expected);
  });

  it("refuses a bad, missing or replayed-onto-another-body signature with 400 and applies nothing", async () => {
    await resetBillingRows();
    const event = events[0];
    const wrongSecret = await handleStripeWebhook(JSON.stringify(event), "t=1,v1=00");
    expect(wrongSecret.status).toBe(400);
    const request = signedWebhook(event, "whsec_someone_else");
    expect((await handleStripeWebhook(await request.text(), request.headers.get("stripe-signature"))).status).toBe(400);
    expect((await handleStripeWebhook(JSON.stringify(event), null)).status).toBe(400);
    const signedOther = signedWebhook(events[1]).headers.get("stripe-signature");
    expect((await handleStripeWebhook(JSON.stringify(event), signedOther)).status).toBe(400);
    expect(await countRows("stripe_events")).toBe(0);
    expect(await countRows("billing_subscriptions")).toBe(0);
  });

  it("answers 200 to event types it doesn't handle, and records nothing", async () => {
    await resetBillingRows();
    const reply = await deliver({ ...events[0], id: "evt_unknown_type", type: "customer.tax_id.created" });
    expect(reply).toEqual({ status: 200, text: "Ignored." });
    expect(await countRows("stripe_events")).toBe(0);
  });

  it("rolls back a failing handler (500, nothing applied) and applies the retry once", async () => {
    await resetBillingRows();
    const refunded = events.find((e) => e.type === "charge.refunded")!;
    const request = signedWebhook(refunded);
    const [body, signature] = [await request.text(), request.headers.get("stripe-signature")];
    const failed = await handleStripeWebhook(body, signature, {
      afterApply: () => {
        throw new Error("disk full");
      },
    });
    expect(failed.status).toBe(500);
    expect(await billingSnapshot()).toEqual({ subscriptions: [], invoices: [], refunds: [], notices: [] });
    expect(await countRows("stripe_events")).toBe(0);
    expect((await handleStripeWebhook(body, signature)).message).toBe("Applied.");
    expect((await handleStripeWebhook(body, signature)).message).toBe("Already applied.");
    const after = await billingSnapshot();
    expect(after.invoices).toEqual(expected.invoices.filter((i) => i.billing_reason === "subscription_cycle"));
    expect(after.refunds).toEqual(expected.refunds);
  });
});
