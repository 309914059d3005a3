import type Stripe from "stripe";
import { syncCatalog } from "~/server/billing/catalog.server";
import { startCheckout } from "~/server/billing/checkout.server";
import { getStripe } from "~/server/billing/stripe.server";
import type { BillingInterval, PaidPlanId } from "~/billing/plans";
import { getDb } from "~/server/db/db.server";
import { getUserById } from "~/server/accounts/users.server";
import { action as webhookAction } from "~/routes/webhooks.stripe";
import { startStripeLocal, type StripeLocal } from "../../support/stripe-local/server";
import { run, setupTestApp, type TestApp } from "../../support/test-app";
import { routeArgs } from "../../support/route";

export const WEBHOOK_SECRET = "whsec_test_numerai_billing";
export const ADMIN_EMAIL = "operator@example.com";

export interface BillingHarness {
  app: TestApp;
  stripe: StripeLocal;
  /** Delivers, in order, every event not delivered yet by this function. */
  deliverPending(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The app against the local Stripe stand-in, catalog synced. Events stay in `stripe.events` until a test
 * delivers them (signed, to the real webhook route), so it chooses the order, the repeats and the timing.
 */
export async function startBilling(env: Record<string, string> = {}): Promise<BillingHarness> {
  const stripe = await startStripeLocal({ webhookSecret: WEBHOOK_SECRET, webhookUrl: null });
  const app = await setupTestApp({
    env: {
      STRIPE_SECRET_KEY: "sk_test_numerai",
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_URL: stripe.url,
      ADMIN_EMAILS: ADMIN_EMAIL,
      ...env,
    },
  });
  await syncCatalog(getStripe()!);
  let delivered = 0;
  return {
    app,
    stripe,
    async deliverPending() {
      for (const event of stripe.events.slice(delivered)) {
        delivered += 1;
        const reply = await deliver(event);
        if (reply.status !== 200) throw new Error(`${event.type}: ${reply.status} ${reply.text}`);
      }
    },
    async close() {
      await app.cleanup();
      await stripe.stop();
    },
  };
}

/** Signs an event exactly as Stripe does (the SDK's own test helper). */
export function signedWebhook(event: object, secret = WEBHOOK_SECRET, payload = JSON.stringify(event)): Request {
  const signature = getStripe()!.webhooks.generateTestHeaderString({ payload, secret });
  return new Request("http://localhost/webhooks/stripe", {
    method: "POST",
    headers: { "Content-Type": "application/json", "Stripe-Signature": signature },
    body: payload,
  });
}

export async function deliver(event: object) {
  const outcome = await run(() => webhookAction(routeArgs(signedWebhook(event))));
  return { status: outcome.status, text: await outcome.response!.text() };
}

/** The hosted Checkout: start it as the app does, then press "Pay" on the stand-in's page. */
export async function subscribe(
  stripe: StripeLocal,
  userId: string,
  plan: PaidPlanId = "premium",
  interval: BillingInterval = "monthly",
) {
  const url = await startCheckout((await getUserById(userId))!, plan, interval);
  const pay = await fetch(`${url}/pay`, { method: "POST", redirect: "manual" });
  const location = pay.headers.get("location")!;
  const sessionId = new URL(location).searchParams.get("session_id")!;
  return { checkoutUrl: url, location, sessionId };
}

export const subscriptionIdOf = (stripe: StripeLocal, customerEmail: string) => {
  const customer = [...stripe.state.customers.values()].find((c) => c.email === customerEmail)!;
  return [...stripe.state.subscriptions.values()].find((s) => s.customer === customer.id)!.id as string;
};

/** Our billing rows, without the columns that record when we read them. */
export async function billingSnapshot() {
  const db = getDb();
  const [subscriptions, invoices, refunds, notices] = await Promise.all([
    db
      .selectFrom("billing_subscriptions")
      .select(["id", "user_id", "plan", "interval", "status", "cancel_at_period_end", "period_end_at", "ended_at"])
      .orderBy("id")
      .execute(),
    db
      .selectFrom("billing_invoices")
      .select(["id", "status", "amount_due", "amount_paid", "payment_intent_id", "billing_reason"])
      .orderBy("id")
      .execute(),
    db.selectFrom("billing_refunds").select(["id", "invoice_id", "amount", "status"]).orderBy("id").execute(),
    db.selectFrom("notifications").select("dedupe_id").where("type", "=", "billing").orderBy("dedupe_id").execute(),
  ]);
  return { subscriptions, invoices, refunds, notices: notices.map((n) => n.dedupe_id) };
}

/** Forgets everything the webhook wrote, keeping users and their Stripe customers. */
export async function resetBillingRows() {
  await getDb()
    .transaction()
    .execute(async (db) => {
      for (const table of ["billing_refunds", "billing_invoices", "billing_subscriptions", "stripe_events"] as const) {
        await db.deleteFrom(table).execute();
      }
      await db.deleteFrom("notifications").where("type", "=", "billing").execute();
      await db.deleteFrom("outbox").where("idempotency_id", "like", "billing:%").execute();
    });
}

export type StripeEvent = Stripe.Event;
