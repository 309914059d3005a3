import type Stripe from "stripe";
import { PLANS, type BillingInterval, type PaidPlanId } from "~/billing/plans";
import type { User } from "~/server/db/db-schema";
import { getDb } from "~/server/db/db.server";
import { absoluteUrl } from "~/server/http/origin.server";
import { priceIdFor } from "./catalog.server";
import { saveSubscription } from "./mirror.server";
import { requireStripe } from "./stripe.server";
import { currentSubscription, isManageable } from "./subscription-state.server";

/** Starting a subscription: the user's one Stripe customer, a hosted Checkout, and the return from it. */

export class AlreadySubscribed extends Error {}

async function storedCustomerId(userId: string) {
  const row = await getDb()
    .selectFrom("billing_customers")
    .select("stripe_customer_id")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row?.stripe_customer_id ?? null;
}

/**
 * The user's Stripe customer, created once. Racing requests send the same idempotency key, so Stripe
 * answers both with one customer; should two customers exist anyway, the one stored first wins and the
 * other is deleted.
 */
export async function customerIdFor(stripe: Stripe, user: Pick<User, "id" | "email" | "name">): Promise<string> {
  const stored = await storedCustomerId(user.id);
  if (stored) return stored;
  const customer = await stripe.customers.create(
    { email: user.email, name: user.name, metadata: { user_id: user.id } },
    { idempotencyKey: `numerai-customer-${user.id}` },
  );
  await getDb()
    .insertInto("billing_customers")
    .values({ user_id: user.id, stripe_customer_id: customer.id, created_at: Date.now() })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const winner = (await storedCustomerId(user.id))!;
  if (winner !== customer.id) await stripe.customers.del(customer.id);
  return winner;
}

/** A hosted Checkout session for the plan; its URL is where the browser goes next. */
export async function startCheckout(user: User, plan: PaidPlanId, interval: BillingInterval): Promise<string> {
  const stripe = requireStripe();
  if (isManageable(await currentSubscription(user.id))) throw new AlreadySubscribed();
  const [customer, price] = await Promise.all([customerIdFor(stripe, user), priceIdFor(stripe, plan, interval)]);
  const session = await stripe.checkout.sessions.create({
    mode: "subscription",
    customer,
    client_reference_id: user.id,
    line_items: [{ price, quantity: 1 }],
    subscription_data: { metadata: { user_id: user.id } },
    success_url: `${absoluteUrl("/billing")}?checkout=success&session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: absoluteUrl("/pricing"),
  });
  if (!session.url) throw new Error("Stripe returned a Checkout session without a URL");
  return session.url;
}

/**
 * The return from Checkout: the session is read from Stripe at once, so the page shows the new plan
 * without waiting for the webhook (which then finds the same state and changes nothing). Returns the
 * plan's name, or null when the session isn't this user's or isn't paid.
 */
export async function confirmCheckout(userId: string, sessionId: string): Promise<string | null> {
  const stripe = requireStripe();
  const readAt = Date.now();
  const session = await stripe.checkout.sessions.retrieve(sessionId, { expand: ["subscription"] });
  if (session.client_reference_id !== userId || session.status !== "complete") return null;
  const subscription = session.subscription;
  if (!subscription || typeof subscription === "string") return null;
  if (!(await saveSubscription(getDb(), subscription, readAt))) return null;
  const current = await currentSubscription(userId);
  return current ? PLANS[current.plan].name : null;
}

export async function portalUrl(user: User): Promise<string> {
  const stripe = requireStripe();
  const session = await stripe.billingPortal.sessions.create({
    customer: await customerIdFor(stripe, user),
    return_url: absoluteUrl("/billing"),
  });
  return session.url;
}
