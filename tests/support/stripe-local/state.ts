import { randomBytes } from "node:crypto";
import { proration } from "./money";

/**
 * The in-memory Stripe account behind the local stand-in: customers, the catalog, Checkout, subscriptions,
 * invoices, payments and refunds, shaped as the API version the `stripe` package pins. Every change that
 * Stripe would announce is handed to `emit` as an event carrying a snapshot of the object then.
 */

// The stand-in's objects are plain JSON, like Stripe's.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Obj = Record<string, any>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = status === 404 ? "resource_missing" : "parameter_invalid",
  ) {
    super(message);
  }
}

const DAY = 86_400;
const PERIOD = { month: 30 * DAY, year: 365 * DAY } as const;

export const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString("base64url").replace(/[-_]/g, "x")}`;
export const now = () => Math.floor(Date.now() / 1000);
export const listOf = (data: Obj[], url = "") => ({ object: "list", data, has_more: false, url });

export class StripeState {
  readonly customers = new Map<string, Obj>();
  readonly products = new Map<string, Obj>();
  readonly prices = new Map<string, Obj>();
  readonly sessions = new Map<string, Obj>();
  readonly subscriptions = new Map<string, Obj>();
  readonly invoices = new Map<string, Obj>();
  readonly paymentIntents = new Map<string, Obj>();
  readonly charges = new Map<string, Obj>();
  readonly refunds = new Map<string, Obj>();
  readonly portalSessions = new Map<string, Obj>();
  /** Set by a test: the next payment is declined. */
  failNextPayment = false;
  private invoiceCount = 0;

  constructor(
    readonly baseUrl: string,
    readonly emit: (type: string, object: Obj) => void,
  ) {}

  get<T extends Obj>(map: Map<string, T>, id: string, what: string): T {
    const found = map.get(id);
    if (!found) throw new ApiError(404, `No such ${what}: '${id}'`);
    return found;
  }

  // ── Checkout ───────────────────────────────────────────────────────────────
  /** The Checkout page's "Pay" button: the subscription starts and its first invoice is paid. */
  payCheckout(sessionId: string): string {
    const session = this.get(this.sessions, sessionId, "checkout session");
    if (session.status !== "open") return session.success_url.replace("{CHECKOUT_SESSION_ID}", session.id);
    const price = this.get(this.prices, session.line_items[0].price, "price");
    const subscription = this.startSubscription(session.customer, price, session.subscription_data?.metadata ?? {});
    session.status = "complete";
    session.payment_status = "paid";
    session.subscription = subscription.id;
    this.emit("checkout.session.completed", session);
    return session.success_url.replace("{CHECKOUT_SESSION_ID}", session.id);
  }

  private startSubscription(customer: string, price: Obj, metadata: Obj) {
    const start = now();
    const id = newId("sub");
    const subscription: Obj = {
      id,
      object: "subscription",
      customer,
      status: "active",
      cancel_at_period_end: false,
      cancel_at: null,
      canceled_at: null,
      ended_at: null,
      created: start,
      start_date: start,
      currency: price.currency,
      metadata,
      latest_invoice: null,
      items: listOf([this.item(id, price, start)], `/v1/subscription_items?subscription=${id}`),
    };
    this.subscriptions.set(id, subscription);
    this.emit("customer.subscription.created", subscription);
    this.bill(subscription, price.unit_amount, "subscription_create");
    return subscription;
  }

  private item(subscription: string, price: Obj, start: number) {
    return {
      id: newId("si"),
      object: "subscription_item",
      subscription,
      price,
      quantity: 1,
      current_period_start: start,
      current_period_end: start + PERIOD[price.recurring.interval as keyof typeof PERIOD],
    };
  }

  // ── Invoices and payments ──────────────────────────────────────────────────
  /** Issues an invoice for `amount` and tries to pay it; a declined payment leaves it open and the subscription past_due. */
  bill(subscription: Obj, amount: number, reason: string) {
    const item = subscription.items.data[0];
    const id = newId("in");
    this.invoiceCount += 1;
    const invoice: Obj = {
      id,
      object: "invoice",
      customer: subscription.customer,
      number: `NUMLOCAL-${String(this.invoiceCount).padStart(4, "0")}`,
      status: "open",
      amount_due: amount,
      amount_paid: 0,
      amount_remaining: amount,
      attempt_count: 0,
      attempted: false,
      currency: subscription.currency,
      billing_reason: reason,
      created: now(),
      period_start: item.current_period_start,
      period_end: item.current_period_end,
      hosted_invoice_url: `${this.baseUrl}/invoices/${id}`,
      invoice_pdf: `${this.baseUrl}/invoices/${id}/pdf`,
      parent: {
        type: "subscription_details",
        quote_details: null,
        subscription_details: { subscription: subscription.id, metadata: subscription.metadata },
      },
      lines: listOf([
        {
          id: newId("il"),
          object: "line_item",
          amount,
          currency: subscription.currency,
          description: item.price.nickname,
        },
      ]),
      payments: listOf([]),
      metadata: {},
    };
    this.invoices.set(id, invoice);
    subscription.latest_invoice = id;
    this.attemptPayment(invoice);
    return invoice;
  }

  attemptPayment(invoice: Obj) {
    const subscription = this.subscriptions.get(invoice.parent.subscription_details.subscription)!;
    invoice.attempt_count += 1;
    invoice.attempted = true;
    const declined = this.failNextPayment;
    this.failNextPayment = false;
    const intent: Obj = {
      id: newId("pi"),
      object: "payment_intent",
      amount: invoice.amount_due,
      currency: invoice.currency,
      customer: invoice.customer,
      status: declined ? "requires_payment_method" : "succeeded",
      latest_charge: null,
      created: now(),
      metadata: {},
    };
    this.paymentIntents.set(intent.id, intent);
    if (declined) {
      this.emit("payment_intent.payment_failed", intent);
      this.emit("invoice.payment_failed", invoice);
      if (subscription.status !== "past_due") {
        subscription.status = "past_due";
        this.emit("customer.subscription.updated", subscription);
      }
      return false;
    }
    const charge: Obj = {
      id: newId("ch"),
      object: "charge",
      amount: invoice.amount_due,
      amount_refunded: 0,
      currency: invoice.currency,
      customer: invoice.customer,
      payment_intent: intent.id,
      paid: true,
      refunded: false,
      status: "succeeded",
      created: now(),
      refunds: listOf([]),
    };
    this.charges.set(charge.id, charge);
    intent.latest_charge = charge.id;
    Object.assign(invoice, { status: "paid", amount_paid: invoice.amount_due, amount_remaining: 0 });
    invoice.payments = listOf([
      {
        id: newId("inpay"),
        object: "invoice_payment",
        invoice: invoice.id,
        amount_paid: invoice.amount_due,
        status: "paid",
        is_default: true,
        payment: { type: "payment_intent", payment_intent: intent.id },
      },
    ]);
    this.emit("payment_intent.succeeded", intent);
    this.emit("invoice.paid", invoice);
    this.emit("invoice.payment_succeeded", invoice);
    if (subscription.status === "past_due" || subscription.status === "unpaid") {
      subscription.status = "active";
      this.emit("customer.subscription.updated", subscription);
    }
    return true;
  }

  /** The Billing Portal's "update payment method": open invoices of the customer are paid again. */
  retryOpenInvoices(customer: string) {
    for (const invoice of this.invoices.values()) {
      if (invoice.customer === customer && invoice.status === "open") this.attemptPayment(invoice);
    }
  }

  // ── Subscription changes ───────────────────────────────────────────────────
  /** Moves a subscription into its next period and bills it (declined if a failure was asked for). */
  advance(subscriptionId: string) {
    const subscription = this.get(this.subscriptions, subscriptionId, "subscription");
    if (subscription.status === "canceled") throw new ApiError(400, "This subscription is canceled.");
    const item = subscription.items.data[0];
    if (subscription.cancel_at_period_end) return this.cancel(subscriptionId);
    const start = item.current_period_end;
    Object.assign(item, this.item(subscription.id, item.price, start), { id: item.id });
    this.emit("customer.subscription.updated", subscription);
    this.bill(subscription, item.price.unit_amount, "subscription_cycle");
    return subscription;
  }

  changePrice(subscriptionId: string, priceId: string, prorationDate?: number) {
    const subscription = this.get(this.subscriptions, subscriptionId, "subscription");
    const price = this.get(this.prices, priceId, "price");
    const { amount, resetPeriod } = proration(subscription, price, prorationDate);
    const item = subscription.items.data[0];
    const next = resetPeriod ? this.item(subscription.id, price, now()) : { ...item, price };
    subscription.items.data[0] = { ...next, id: item.id };
    this.emit("customer.subscription.updated", subscription);
    if (amount > 0) this.bill(subscription, amount, "subscription_update");
    return subscription;
  }

  emitUpdated(subscription: Obj) {
    this.emit("customer.subscription.updated", subscription);
  }

  cancel(subscriptionId: string) {
    const subscription = this.get(this.subscriptions, subscriptionId, "subscription");
    if (subscription.status === "canceled") return subscription;
    Object.assign(subscription, {
      status: "canceled",
      canceled_at: now(),
      ended_at: now(),
      cancel_at_period_end: false,
    });
    this.emit("customer.subscription.deleted", subscription);
    return subscription;
  }
}
