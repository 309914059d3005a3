import { BILLING_INTERVALS, PAID_PLAN_IDS, PLANS } from "~/billing/plans";
import { dateInTimeZone, formatLongDate } from "~/lib/dates/local-dates";
import type { User } from "~/server/db/db-schema";
import { getEnv } from "~/server/config/env.server";
import { getLogger } from "~/server/config/logger.server";
import { confirmCheckout } from "./checkout.server";
import { billingHistory } from "./history.server";
import { PAYMENTS_UNAVAILABLE } from "./stripe.server";
import { currentSubscription, isManageable, PAYMENT_PROBLEM } from "./subscription-state.server";

/** Everything /billing shows, in words and plain values. */

export const dayOf = (ms: number, user: Pick<User, "timezone">) =>
  formatLongDate(dateInTimeZone(user.timezone ?? "UTC", new Date(ms)));

/** The return from Checkout: confirm from the session itself, not the webhook (which may come later). */
async function checkoutNotice(user: User, url: URL): Promise<string | null> {
  const sessionId = url.searchParams.get("session_id");
  if (url.searchParams.get("checkout") !== "success" || !sessionId || !getEnv().billingEnabled) return null;
  try {
    const plan = await confirmCheckout(user.id, sessionId.slice(0, 200));
    return plan ? `Thank you! You're on ${plan} now.` : null;
  } catch (error) {
    getLogger().warn({ err: error }, "checkout session could not be read on return");
    return "Thank you! Your payment is being confirmed; your plan will show here in a moment.";
  }
}

export async function billingPage(user: User, url: URL) {
  const confirmed = await checkoutNotice(user, url);
  const [subscription, invoices] = await Promise.all([currentSubscription(user.id), billingHistory(user.id)]);
  const manageable = isManageable(subscription);
  return {
    unavailable: getEnv().billingEnabled ? null : PAYMENTS_UNAVAILABLE,
    confirmed,
    subscription: subscription && {
      planName: PLANS[subscription.plan].name,
      plan: subscription.plan,
      interval: subscription.interval,
      status: subscription.status,
      cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
      periodEnd: subscription.periodEndAt ? dayOf(subscription.periodEndAt, user) : null,
      ended: subscription.endedAt ? dayOf(subscription.endedAt, user) : null,
      manageable,
      paymentProblem: PAYMENT_PROBLEM.includes(subscription.status),
    },
    /** Every plan and interval the user could switch to. */
    switchTo: manageable
      ? PAID_PLAN_IDS.flatMap((plan) =>
          BILLING_INTERVALS.filter((i) => plan !== subscription.plan || i !== subscription.interval).map(
            (interval) => ({ plan, interval, label: `${PLANS[plan].name}, ${interval}` }),
          ),
        )
      : [],
    invoices: invoices.map((invoice) => ({
      ...invoice,
      issued: dayOf(invoice.issuedAt, user),
      refunds: invoice.refunds.map((refund) => ({ ...refund, refunded: dayOf(refund.refundedAt, user) })),
    })),
  };
}
