import type { Kysely } from "kysely";
import type Stripe from "stripe";
import { planOfLookupKey } from "~/billing/plans";
import type { Database } from "~/server/db/db-schema";
import { idOf } from "./stripe.server";
import { TERMINAL } from "./subscription-state.server";

/**
 * Our copy of Stripe's objects. Every write is an upsert keyed by Stripe's id, guarded by when the object
 * was read from Stripe: a read older than the one we hold changes nothing, and a canceled subscription
 * (final in Stripe) is never written over. See docs/decisions/008-stripe-billing.md.
 */

const ms = (seconds: number | null | undefined) => (seconds == null ? null : seconds * 1000);

export async function userIdForCustomer(db: Kysely<Database>, customer: Stripe.Invoice["customer"]) {
  const id = idOf(customer);
  if (!id) return null;
  const row = await db
    .selectFrom("billing_customers")
    .select("user_id")
    .where("stripe_customer_id", "=", id)
    .executeTakeFirst();
  return row?.user_id ?? null;
}

export function readSubscription(stripe: Stripe, id: string) {
  return stripe.subscriptions.retrieve(id);
}

export function readInvoice(stripe: Stripe, id: string) {
  return stripe.invoices.retrieve(id, { expand: ["payments"] });
}

/** Writes a subscription read at `readAt`; false when it isn't ours (unknown customer or price). */
export async function saveSubscription(db: Kysely<Database>, sub: Stripe.Subscription, readAt: number) {
  const userId = await userIdForCustomer(db, sub.customer);
  const item = sub.items.data[0];
  const plan = planOfLookupKey(item?.price.lookup_key);
  if (!userId || !plan) return false;
  const state = {
    plan: plan.plan,
    interval: plan.interval,
    status: sub.status,
    cancel_at_period_end: sub.cancel_at_period_end || sub.cancel_at !== null ? 1 : 0,
    period_end_at: ms(item.current_period_end),
    ended_at: ms(sub.ended_at),
    read_at: readAt,
    updated_at: Date.now(),
  };
  await db
    .insertInto("billing_subscriptions")
    .values({ id: sub.id, user_id: userId, created_at: ms(sub.created)!, ...state })
    .onConflict((oc) =>
      oc
        .column("id")
        .doUpdateSet(state)
        .where("billing_subscriptions.read_at", "<=", readAt)
        .where("billing_subscriptions.status", "not in", TERMINAL),
    )
    .execute();
  return true;
}

/** The payment behind a paid invoice, which refunds are made against. */
export function paymentIntentOf(invoice: Stripe.Invoice): string | null {
  for (const payment of invoice.payments?.data ?? []) {
    const id = idOf(payment.payment.payment_intent);
    if (id) return id;
  }
  return null;
}

export async function saveInvoice(db: Kysely<Database>, invoice: Stripe.Invoice, readAt: number) {
  const userId = await userIdForCustomer(db, invoice.customer);
  if (!userId || !invoice.status || invoice.status === "draft") return false;
  const state = {
    number: invoice.number,
    status: invoice.status,
    amount_due: invoice.amount_due,
    amount_paid: invoice.amount_paid,
    currency: invoice.currency,
    hosted_invoice_url: invoice.hosted_invoice_url ?? null,
    invoice_pdf: invoice.invoice_pdf ?? null,
    payment_intent_id: paymentIntentOf(invoice),
    billing_reason: invoice.billing_reason,
    read_at: readAt,
  };
  await db
    .insertInto("billing_invoices")
    .values({
      id: invoice.id,
      user_id: userId,
      subscription_id: idOf(invoice.parent?.subscription_details?.subscription),
      issued_at: ms(invoice.created)!,
      ...state,
    })
    .onConflict((oc) => oc.column("id").doUpdateSet(state).where("billing_invoices.read_at", "<=", readAt))
    .execute();
  return true;
}

/** Writes an invoice's refunds (upserts by Stripe's id); returns whose invoice it is. */
export async function saveRefunds(db: Kysely<Database>, invoiceId: string, refunds: Stripe.Refund[]) {
  const { user_id: userId } = await db
    .selectFrom("billing_invoices")
    .select("user_id")
    .where("id", "=", invoiceId)
    .executeTakeFirstOrThrow();
  for (const refund of refunds) {
    const state = { status: refund.status ?? "pending", amount: refund.amount, reason: refund.reason ?? null };
    await db
      .insertInto("billing_refunds")
      .values({
        id: refund.id,
        user_id: userId,
        invoice_id: invoiceId,
        currency: refund.currency,
        refunded_at: ms(refund.created)!,
        ...state,
      })
      .onConflict((oc) => oc.column("id").doUpdateSet(state))
      .execute();
  }
  return userId;
}
