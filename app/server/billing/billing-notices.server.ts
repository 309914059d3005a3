import type { Kysely } from "kysely";
import { z } from "zod";
import { formatMoney } from "~/billing/plans";
import type { Database } from "~/server/db/db-schema";
import { linkMail, sendMail } from "~/server/mail/mail.server";
import { absoluteUrl } from "~/server/http/origin.server";
import { enqueue } from "~/server/outbox/outbox.server";
import { getUserById } from "~/server/accounts/users.server";

/**
 * Every billing message a user receives goes through here (the one module issue 13 switches to notify()).
 * Notices are queued in the webhook's transaction, keyed by what they are about, so a replayed or
 * duplicated event (invoice.paid and invoice.payment_succeeded both arrive) sends one message.
 */

export const BILLING_NOTICES = ["payment-failed", "renewed", "refunded"] as const;
export type BillingNotice = (typeof BILLING_NOTICES)[number];

export const BILLING_NOTICE_KIND = "billing-notice";

export const billingNoticePayload = z.object({
  userId: z.string().min(1),
  notice: z.enum(BILLING_NOTICES),
  amount: z.number().int().nonnegative(),
  currency: z.string().min(3),
});
export type BillingNoticePayload = z.infer<typeof billingNoticePayload>;

/** Queues a notice inside `db` (the webhook's transaction); `about` is the Stripe object it is about. */
export async function queueBillingNotice(db: Kysely<Database>, payload: BillingNoticePayload, about: string) {
  await enqueue(BILLING_NOTICE_KIND, payload, {
    db,
    userId: payload.userId,
    key: `billing:${payload.notice}:${about}`,
  });
}

const TEXTS: Record<BillingNotice, (amount: string) => { subject: string; intro: string; action: string }> = {
  "payment-failed": (amount) => ({
    subject: "Your NumerAI payment didn't go through",
    intro: `We couldn't take your payment of ${amount}. Your plan stays on while Stripe tries again; update your payment method to keep it.`,
    action: "Fix my payment method",
  }),
  renewed: (amount) => ({
    subject: "Your NumerAI plan is renewed",
    intro: `Thank you: your plan renewed and we received ${amount}.`,
    action: "See billing history",
  }),
  refunded: (amount) => ({
    subject: "You've been refunded",
    intro: `We refunded ${amount} to your payment method. It can take 5–10 days to appear on your statement.`,
    action: "See billing history",
  }),
};

export async function deliverBillingNotice({ userId, notice, amount, currency }: BillingNoticePayload): Promise<void> {
  const user = await getUserById(userId);
  if (!user) return;
  const text = TEXTS[notice](formatMoney(amount, currency));
  await sendMail(
    linkMail({
      to: user.email,
      name: user.name,
      ...text,
      url: absoluteUrl("/billing"),
      footnote: "You receive this because you have a NumerAI subscription.",
    }),
  );
}
