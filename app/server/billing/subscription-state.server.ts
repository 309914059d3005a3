import type { BillingInterval, PaidPlanId, PlanId } from "~/billing/plans";
import { preparedQuery } from "~/server/db/prepared-query.server";

/**
 * Which subscription a user has and which plan it entitles them to. The policy (docs/decisions/008):
 * active and trialing give the plan; past_due keeps it while Stripe retries the payment (the grace
 * period: Stripe's retry schedule, after which it turns the subscription unpaid or canceled); unpaid,
 * incomplete, paused and canceled give the free plan. Nothing is ever deleted when the plan shrinks.
 */

export const SUBSCRIPTION_STATUSES = [
  "active",
  "trialing",
  "past_due",
  "canceled",
  "incomplete",
  "incomplete_expired",
  "unpaid",
  "paused",
] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

const ENTITLED: readonly string[] = ["active", "trialing", "past_due"];
/** Statuses in which the user should fix their payment method (the banner on every page). */
export const PAYMENT_PROBLEM: readonly string[] = ["past_due", "unpaid"];

export interface SubscriptionView {
  id: string;
  plan: PaidPlanId;
  interval: BillingInterval;
  status: string;
  cancelAtPeriodEnd: boolean;
  periodEndAt: number | null;
  endedAt: number | null;
}

// A user has a handful of subscriptions at most (one per checkout): all of them are read, unsorted (no
// sort step in SQL), and both questions below are answered from the same prepared query.
const subscriptionRows = preparedQuery((db, userId: string) =>
  db
    .selectFrom("billing_subscriptions")
    .select(["id", "plan", "interval", "status", "cancel_at_period_end", "period_end_at", "ended_at", "created_at"])
    .where("user_id", "=", userId),
);

/** Final in Stripe: never written over (mirror.server.ts), and a user's other subscriptions come first. */
export const TERMINAL: readonly string[] = ["canceled", "incomplete_expired"];

/** The user's live subscription, or else their latest one; null if they never subscribed. */
export async function currentSubscription(userId: string): Promise<SubscriptionView | null> {
  const rows = await subscriptionRows(userId);
  const rank = (row: (typeof rows)[number]) => (TERMINAL.includes(row.status) ? 1 : 0);
  const row = rows.sort((a, b) => rank(a) - rank(b) || b.created_at - a.created_at)[0];
  if (!row) return null;
  return {
    id: row.id,
    plan: row.plan,
    interval: row.interval,
    status: row.status,
    cancelAtPeriodEnd: row.cancel_at_period_end === 1,
    periodEndAt: row.period_end_at,
    endedAt: row.ended_at,
  };
}

export function planOf(subscription: SubscriptionView | null): PlanId {
  return subscription && ENTITLED.includes(subscription.status) ? subscription.plan : "free";
}

/** A subscription that can still be changed (not over, not waiting for its first payment). */
export function isManageable(subscription: SubscriptionView | null): subscription is SubscriptionView {
  return Boolean(subscription && ["active", "trialing", "past_due", "unpaid"].includes(subscription.status));
}

export async function hasPaymentProblem(userId: string): Promise<boolean> {
  return (await subscriptionRows(userId)).some((row) => PAYMENT_PROBLEM.includes(row.status));
}
