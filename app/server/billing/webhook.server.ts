import type { Kysely } from "kysely";
import type Stripe from "stripe";
import type { Database } from "~/server/db/db-schema";
import { getDb } from "~/server/db/db.server";
import { getEnv } from "~/server/config/env.server";
import { getLogger } from "~/server/config/logger.server";
import { queueBillingNotice } from "./billing-notices.server";
import {
  paymentIntentOf,
  readInvoice,
  readSubscription,
  saveInvoice,
  saveRefunds,
  saveSubscription,
} from "./mirror.server";
import { getStripe, idOf } from "./stripe.server";

/**
 * POST /webhooks/stripe. Exactly once: the event id is recorded in the transaction that applies it, so a
 * replay (or a concurrent duplicate) finds it and changes nothing, and a failure rolls everything back and
 * answers 500 for Stripe to retry. Order-independent: an event only says *what* changed; the state is read
 * from Stripe before the transaction and written only if newer than ours (docs/decisions/008).
 */

export const HANDLED_EVENTS = [
  "checkout.session.completed",
  "customer.subscription.created",
  "customer.subscription.updated",
  "customer.subscription.deleted",
  "invoice.paid",
  "invoice.payment_succeeded",
  "invoice.payment_failed",
  "payment_intent.succeeded",
  "payment_intent.payment_failed",
  "charge.refunded",
] as const;
type HandledEvent = (typeof HANDLED_EVENTS)[number];

const isHandled = (type: string): type is HandledEvent => (HANDLED_EVENTS as readonly string[]).includes(type);

export interface WebhookResult {
  status: 200 | 400 | 500;
  message: string;
}

/** What an event leads us to read from Stripe, read before the transaction (no network inside it). */
interface Reads {
  readAt: number;
  subscription?: Stripe.Subscription;
  invoice?: Stripe.Invoice;
  refunds?: Stripe.Refund[];
  /** From checkout.session.completed: the user who paid, for a customer we haven't linked yet. */
  customerOf?: { userId: string; customerId: string };
}

export interface WebhookOptions {
  db?: Kysely<Database>;
  /** Test seam: runs inside the transaction after the writes (a throw stands in for a failing handler). */
  afterApply?: (event: Stripe.Event) => void | Promise<void>;
}

export async function handleStripeWebhook(
  rawBody: string,
  signature: string | null,
  options: WebhookOptions = {},
): Promise<WebhookResult> {
  const stripe = getStripe();
  const secret = getEnv().STRIPE_WEBHOOK_SECRET;
  if (!stripe || !secret) return { status: 400, message: "Stripe webhooks aren't set up on this server." };
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(rawBody, signature ?? "", secret);
  } catch {
    return { status: 400, message: "Bad signature." };
  }
  if (!isHandled(event.type)) return { status: 200, message: "Ignored." };
  const db = options.db ?? getDb();
  const log = getLogger().child({ stripeEvent: event.id, type: event.type });
  if (await alreadyApplied(db, event.id)) return { status: 200, message: "Already applied." };
  try {
    const reads = await readFor(stripe, event);
    const applied = await db.transaction().execute(async (trx) => {
      const claimed = await trx
        .insertInto("stripe_events")
        .values({ id: event.id, type: event.type, processed_at: Date.now() })
        .onConflict((oc) => oc.column("id").doNothing())
        .executeTakeFirst();
      // A concurrent delivery of the same event got here first.
      if (!claimed.numInsertedOrUpdatedRows) return false;
      await apply(trx, reads);
      await options.afterApply?.(event);
      return true;
    });
    return { status: 200, message: applied ? "Applied." : "Already applied." };
  } catch (error) {
    log.error({ err: error }, "stripe webhook failed; nothing applied, Stripe will retry");
    return { status: 500, message: "Not applied; please retry." };
  }
}

async function alreadyApplied(db: Kysely<Database>, id: string) {
  return Boolean(await db.selectFrom("stripe_events").select("id").where("id", "=", id).executeTakeFirst());
}

async function readFor(stripe: Stripe, event: Stripe.Event): Promise<Reads> {
  const reads: Reads = { readAt: Date.now() };
  const withSubscription = async (id: string | null) => {
    if (id) reads.subscription = await readSubscription(stripe, id);
  };
  // An invoice comes with its subscription and its refunds, whichever event told us about it.
  const withInvoice = async (id: string | null) => {
    if (!id) return;
    reads.invoice = await readInvoice(stripe, id);
    const paymentIntent = paymentIntentOf(reads.invoice);
    const [, refunds] = await Promise.all([
      withSubscription(idOf(reads.invoice.parent?.subscription_details?.subscription)),
      paymentIntent ? stripe.refunds.list({ payment_intent: paymentIntent, limit: 100 }) : null,
    ]);
    if (refunds) reads.refunds = refunds.data;
  };
  const invoiceOfPayment = async (paymentIntent: string | null) => {
    if (!paymentIntent) return null;
    const { data } = await stripe.invoicePayments.list({
      payment: { type: "payment_intent", payment_intent: paymentIntent },
    });
    return idOf(data[0]?.invoice);
  };

  switch (event.type) {
    case "checkout.session.completed": {
      const session = event.data.object;
      const customerId = idOf(session.customer);
      if (session.client_reference_id && customerId) {
        reads.customerOf = { userId: session.client_reference_id, customerId };
      }
      await withSubscription(idOf(session.subscription));
      break;
    }
    case "customer.subscription.created":
    case "customer.subscription.updated":
    case "customer.subscription.deleted":
      await withSubscription(event.data.object.id);
      break;
    case "invoice.paid":
    case "invoice.payment_succeeded":
    case "invoice.payment_failed":
      await withInvoice(event.data.object.id);
      break;
    case "payment_intent.succeeded":
    case "payment_intent.payment_failed":
      await withInvoice(await invoiceOfPayment(event.data.object.id));
      break;
    case "charge.refunded":
      await withInvoice(await invoiceOfPayment(idOf(event.data.object.payment_intent)));
      break;
  }
  return reads;
}

async function apply(db: Kysely<Database>, reads: Reads) {
  const link = reads.customerOf;
  // Only for an account that still exists: events about a purged one are acknowledged and dropped.
  if (link && (await db.selectFrom("users").select("id").where("id", "=", link.userId).executeTakeFirst())) {
    await db
      .insertInto("billing_customers")
      .values({ user_id: link.userId, stripe_customer_id: link.customerId, created_at: Date.now() })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  if (reads.subscription) await saveSubscription(db, reads.subscription, reads.readAt);
  const invoice = reads.invoice;
  if (!invoice || !(await saveInvoice(db, invoice, reads.readAt))) return;
  const userId = await saveRefunds(db, invoice.id, reads.refunds ?? []);
  await queueNotices(db, userId, invoice, reads.refunds ?? []);
}

/**
 * Notices follow the state read, not the event that led to it, each keyed by what it is about: whichever
 * events arrive, in whatever order, a user hears once of each failed attempt, renewal and refund.
 */
async function queueNotices(db: Kysely<Database>, userId: string, invoice: Stripe.Invoice, refunds: Stripe.Refund[]) {
  const money = { userId, currency: invoice.currency };
  if (invoice.status === "open" && invoice.attempt_count > 0) {
    const about = `${invoice.id}:${invoice.attempt_count}`;
    await queueBillingNotice(db, { ...money, notice: "payment-failed", amount: invoice.amount_due }, about);
  }
  if (invoice.status === "paid" && invoice.billing_reason === "subscription_cycle") {
    await queueBillingNotice(db, { ...money, notice: "renewed", amount: invoice.amount_paid }, invoice.id);
  }
  for (const refund of refunds) {
    if (refund.status !== "succeeded" && refund.status !== "pending") continue;
    await queueBillingNotice(db, { ...money, notice: "refunded", amount: refund.amount }, refund.id);
  }
}
