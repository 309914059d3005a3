import type { Kysely } from "kysely";
import type Stripe from "stripe";
import { type BillingInterval, type PaidPlanId } from "~/billing/plans";
import type { Database } from "~/server/db/db-schema";
import { getDb } from "~/server/db/db.server";
import { getLogger } from "~/server/config/logger.server";
import { priceIdFor } from "./catalog.server";
import { saveSubscription } from "./mirror.server";
import { getStripe, requireStripe } from "./stripe.server";
import { currentSubscription, isManageable, type SubscriptionView } from "./subscription-state.server";

/**
 * Changes to a live subscription. Each asks Stripe, then writes what Stripe answered at once (the page
 * shows it without waiting for the webhook, whose later read is newer and so wins if they differ).
 */

export class NoSubscription extends Error {}
export class SamePlan extends Error {}

async function manageable(userId: string): Promise<SubscriptionView> {
  const subscription = await currentSubscription(userId);
  if (!isManageable(subscription)) throw new NoSubscription();
  return subscription;
}

async function update(stripe: Stripe, id: string, params: Stripe.SubscriptionUpdateParams) {
  const readAt = Date.now();
  const updated = await stripe.subscriptions.update(id, params);
  await saveSubscription(getDb(), updated, readAt);
  return updated;
}

/** Cancel at the end of the paid period (true), or take that back (false). */
export async function setCancelAtPeriodEnd(userId: string, cancel: boolean): Promise<void> {
  const stripe = requireStripe();
  const { id } = await manageable(userId);
  await update(stripe, id, { cancel_at_period_end: cancel });
}

export interface ChangePreview {
  plan: PaidPlanId;
  interval: BillingInterval;
  /** Charged now: the new price less the unused part of the current one. */
  amountDue: number;
  currency: string;
  /** Passed back on confirm, so the charge is exactly the one previewed. */
  prorationDate: number;
}

async function changeTarget(stripe: Stripe, userId: string, plan: PaidPlanId, interval: BillingInterval) {
  const current = await manageable(userId);
  if (current.plan === plan && current.interval === interval) throw new SamePlan();
  const [subscription, price] = await Promise.all([
    stripe.subscriptions.retrieve(current.id),
    priceIdFor(stripe, plan, interval),
  ]);
  return { subscription, items: [{ id: subscription.items.data[0].id, price }] };
}

export async function previewChange(
  userId: string,
  plan: PaidPlanId,
  interval: BillingInterval,
): Promise<ChangePreview> {
  const stripe = requireStripe();
  const { subscription, items } = await changeTarget(stripe, userId, plan, interval);
  const prorationDate = Math.floor(Date.now() / 1000);
  const preview = await stripe.invoices.createPreview({
    customer: typeof subscription.customer === "string" ? subscription.customer : subscription.customer.id,
    subscription: subscription.id,
    subscription_details: { items, proration_behavior: "always_invoice", proration_date: prorationDate },
  });
  return { plan, interval, amountDue: preview.amount_due, currency: preview.currency, prorationDate };
}

export async function changePlan(
  userId: string,
  plan: PaidPlanId,
  interval: BillingInterval,
  prorationDate: number,
): Promise<void> {
  const stripe = requireStripe();
  const { subscription, items } = await changeTarget(stripe, userId, plan, interval);
  await update(stripe, subscription.id, {
    items,
    proration_behavior: "always_invoice",
    proration_date: prorationDate,
  });
}

/** Account deletion ends the subscription at once (no refund of the unused part). */
export async function cancelSubscriptionNow(userId: string): Promise<void> {
  const stripe = getStripe();
  const subscription = await currentSubscription(userId);
  if (!stripe || !isManageable(subscription)) return;
  const readAt = Date.now();
  await saveSubscription(getDb(), await stripe.subscriptions.cancel(subscription.id), readAt);
}

/**
 * The purge deletes the user's Stripe customer (which also ends anything still running there). A Stripe
 * failure throws, so the purge is retried; a customer already gone counts as done.
 */
export async function deleteStripeCustomer(db: Kysely<Database>, userId: string): Promise<void> {
  const row = await db
    .selectFrom("billing_customers")
    .select("stripe_customer_id")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (!row) return;
  const stripe = getStripe();
  if (!stripe) {
    getLogger().warn({ userId }, "purge: no Stripe key, so the Stripe customer is left in Stripe");
    return;
  }
  try {
    await stripe.customers.del(row.stripe_customer_id);
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode !== 404) throw error;
  }
}
