import type { Kysely } from "kysely";
import { formatMoney } from "~/billing/plans";
import type { Database } from "~/server/db/db-schema";
import { notify } from "~/server/notifications/notify.server";

/**
 * Every billing message a user receives goes through here, as a `billing` notification (in the app, by
 * push and by email as the user chose). Notices are written in the webhook's transaction, keyed by what
 * they are about, so a replayed or duplicated event (invoice.paid and invoice.payment_succeeded both
 * arrive) makes one notification.
 */

export const BILLING_NOTICES = ["payment-failed", "renewed", "refunded"] as const;
export type BillingNotice = (typeof BILLING_NOTICES)[number];

export interface BillingNoticePayload {
  userId: string;
  notice: BillingNotice;
  amount: number;
  currency: string;
}

const TEXTS: Record<BillingNotice, (amount: string) => { title: string; body: string }> = {
  "payment-failed": (amount) => ({
    title: "Your NumerAI payment didn't go through",
    body: `We couldn't take your payment of ${amount}. Your plan stays on while Stripe tries again; update your payment method to keep it.`,
  }),
  renewed: (amount) => ({
    title: "Your NumerAI plan is renewed",
    body: `Thank you: your plan renewed and we received ${amount}.`,
  }),
  refunded: (amount) => ({
    title: "You've been refunded",
    body: `We refunded ${amount} to your payment method. It can take 5–10 days to appear on your statement.`,
  }),
};

/** Notifies inside `db` (the webhook's transaction); `about` is the Stripe object it is about. */
export async function queueBillingNotice(db: Kysely<Database>, payload: BillingNoticePayload, about: string) {
  const text = TEXTS[payload.notice](formatMoney(payload.amount, payload.currency));
  await notify(
    payload.userId,
    "billing",
    { ...text, url: "/billing" },
    { db, key: `billing:${payload.notice}:${about}` },
  );
}
