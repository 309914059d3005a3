import { bool, list, num, obj, str, type Params } from "./form";
import { createPrice } from "./catalog";
import { proration, refund } from "./money";
import { ApiError, listOf, newId, now, type Obj, type StripeState } from "./state";

/**
 * The REST routes the `stripe` package calls for NumerAI's flows, answered from the in-memory account.
 * Unknown routes answer 404 the way Stripe does, so a call the stand-in doesn't know fails loudly.
 */

type Handler = (state: StripeState, params: Params, id: string) => Obj;

const expandable = (state: StripeState, object: Obj, params: Params) => {
  const expand = list(params, "expand").map(String);
  if (expand.includes("subscription") && typeof object.subscription === "string") {
    return { ...object, subscription: state.subscriptions.get(object.subscription) ?? object.subscription };
  }
  return object;
};

const deleted = (id: string, object: string) => ({ id, object, deleted: true });

const ROUTES: Array<[string, RegExp, Handler]> = [
  // Customers
  [
    "POST",
    /^\/v1\/customers$/,
    (s, p) => {
      const customer = {
        id: newId("cus"),
        object: "customer",
        email: str(p, "email") ?? null,
        name: str(p, "name") ?? null,
        metadata: obj(p, "metadata"),
        created: now(),
      };
      s.customers.set(customer.id, customer);
      return customer;
    },
  ],
  [
    "GET",
    /^\/v1\/customers$/,
    (s, p) =>
      listOf(
        [...s.customers.values()].filter((c) => !str(p, "email") || c.email === str(p, "email")),
        "/v1/customers",
      ),
  ],
  ["GET", /^\/v1\/customers\/([\w]+)$/, (s, _p, id) => s.get(s.customers, id, "customer")],
  [
    "DELETE",
    /^\/v1\/customers\/([\w]+)$/,
    (s, _p, id) => {
      s.get(s.customers, id, "customer");
      for (const sub of s.subscriptions.values()) if (sub.customer === id) s.cancel(sub.id);
      s.customers.delete(id);
      return deleted(id, "customer");
    },
  ],
  // Products and prices
  [
    "POST",
    /^\/v1\/products$/,
    (s, p) => {
      const id = str(p, "id") ?? newId("prod");
      if (s.products.has(id)) throw new ApiError(400, `Product already exists: ${id}`, "resource_already_exists");
      const product = {
        id,
        object: "product",
        active: true,
        name: str(p, "name"),
        description: str(p, "description") ?? null,
        metadata: obj(p, "metadata"),
        created: now(),
      };
      s.products.set(id, product);
      return product;
    },
  ],
  ["GET", /^\/v1\/products\/([\w]+)$/, (s, _p, id) => s.get(s.products, id, "product")],
  [
    "POST",
    /^\/v1\/products\/([\w]+)$/,
    (s, p, id) => {
      const product = s.get(s.products, id, "product");
      for (const key of ["name", "description"]) if (str(p, key) !== undefined) product[key] = str(p, key);
      if (bool(p, "active") !== undefined) product.active = bool(p, "active");
      return product;
    },
  ],
  [
    "GET",
    /^\/v1\/prices$/,
    (s, p) => {
      const keys = list(p, "lookup_keys").map(String);
      const active = bool(p, "active");
      const found = [...s.prices.values()].filter(
        (price) =>
          (!keys.length || keys.includes(price.lookup_key)) && (active === undefined || price.active === active),
      );
      return listOf(found, "/v1/prices");
    },
  ],
  [
    "POST",
    /^\/v1\/prices$/,
    (s, p) => {
      s.get(s.products, str(p, "product") ?? "", "product");
      return createPrice(s, {
        product: str(p, "product")!,
        currency: str(p, "currency")!,
        unit_amount: num(p, "unit_amount")!,
        interval: str(obj(p, "recurring"), "interval")!,
        lookup_key: str(p, "lookup_key"),
        transfer: bool(p, "transfer_lookup_key"),
        nickname: str(p, "nickname"),
      });
    },
  ],
  [
    "POST",
    /^\/v1\/prices\/([\w]+)$/,
    (s, p, id) => {
      const price = s.get(s.prices, id, "price");
      if (bool(p, "active") !== undefined) price.active = bool(p, "active");
      return price;
    },
  ],
  // Checkout and the Billing Portal
  [
    "POST",
    /^\/v1\/checkout\/sessions$/,
    (s, p) => {
      const items = list(p, "line_items") as Params[];
      const price = s.get(s.prices, str(items[0] ?? {}, "price") ?? "", "price");
      if (str(p, "mode") !== "subscription") throw new ApiError(400, "The stand-in only does mode=subscription.");
      const id = newId("cs_test");
      const session = {
        id,
        object: "checkout.session",
        mode: "subscription",
        status: "open",
        payment_status: "unpaid",
        customer: s.get(s.customers, str(p, "customer") ?? "", "customer").id,
        client_reference_id: str(p, "client_reference_id") ?? null,
        success_url: str(p, "success_url"),
        cancel_url: str(p, "cancel_url"),
        url: `${s.baseUrl}/checkout/${id}`,
        subscription: null,
        line_items: [{ price: price.id, quantity: 1 }],
        subscription_data: { metadata: obj(obj(p, "subscription_data"), "metadata") },
        metadata: obj(p, "metadata"),
        created: now(),
      };
      s.sessions.set(id, session);
      return session;
    },
  ],
  [
    "GET",
    /^\/v1\/checkout\/sessions\/([\w]+)$/,
    (s, p, id) => expandable(s, s.get(s.sessions, id, "checkout session"), p),
  ],
  [
    "POST",
    /^\/v1\/billing_portal\/sessions$/,
    (s, p) => {
      const customer = s.get(s.customers, str(p, "customer") ?? "", "customer").id;
      const id = newId("bps");
      const session = {
        id,
        object: "billing_portal.session",
        customer,
        return_url: str(p, "return_url"),
        url: `${s.baseUrl}/portal/${id}`,
        created: now(),
      };
      s.portalSessions.set(id, session);
      return session;
    },
  ],
  // Subscriptions
  [
    "GET",
    /^\/v1\/subscriptions$/,
    (s, p) =>
      listOf(
        [...s.subscriptions.values()].filter((x) => !str(p, "customer") || x.customer === str(p, "customer")),
        "/v1/subscriptions",
      ),
  ],
  ["GET", /^\/v1\/subscriptions\/([\w]+)$/, (s, _p, id) => s.get(s.subscriptions, id, "subscription")],
  [
    "POST",
    /^\/v1\/subscriptions\/([\w]+)$/,
    (s, p, id) => {
      const subscription = s.get(s.subscriptions, id, "subscription");
      if (subscription.status === "canceled") throw new ApiError(400, "A canceled subscription can't be updated.");
      const item = (list(p, "items") as Params[])[0];
      if (item) return s.changePrice(id, str(item, "price") ?? "", num(p, "proration_date"));
      const cancel = bool(p, "cancel_at_period_end");
      if (cancel !== undefined && cancel !== subscription.cancel_at_period_end) {
        subscription.cancel_at_period_end = cancel;
        subscription.canceled_at = cancel ? now() : null;
        s.emitUpdated(subscription);
      }
      return subscription;
    },
  ],
  ["DELETE", /^\/v1\/subscriptions\/([\w]+)$/, (s, _p, id) => s.cancel(id)],
  // Invoices and refunds
  [
    "POST",
    /^\/v1\/invoices\/create_preview$/,
    (s, p) => {
      const subscription = s.get(s.subscriptions, str(p, "subscription") ?? "", "subscription");
      const item = (list(obj(p, "subscription_details"), "items") as Params[])[0] ?? {};
      const price = s.get(s.prices, str(item, "price") ?? "", "price");
      const date = num(obj(p, "subscription_details"), "proration_date");
      const { amount, credit, charge } = proration(subscription, price, date);
      const line = (value: number, description: string) => ({
        id: newId("il"),
        object: "line_item",
        amount: value,
        currency: price.currency,
        description,
      });
      return {
        id: newId("upcoming_in"),
        object: "invoice",
        customer: subscription.customer,
        status: "draft",
        amount_due: Math.max(0, amount),
        total: amount,
        currency: price.currency,
        lines: listOf([
          line(-credit, "Unused time on the current plan"),
          line(charge, `Remaining time on ${price.nickname}`),
        ]),
        created: now(),
      };
    },
  ],
  ["GET", /^\/v1\/invoices\/([\w]+)$/, (s, _p, id) => s.get(s.invoices, id, "invoice")],
  [
    "GET",
    /^\/v1\/invoices$/,
    (s, p) =>
      listOf(
        [...s.invoices.values()].filter((i) => !str(p, "customer") || i.customer === str(p, "customer")),
        "/v1/invoices",
      ),
  ],
  [
    "GET",
    /^\/v1\/invoice_payments$/,
    (s, p) => {
      const intent = str(obj(p, "payment"), "payment_intent");
      const invoice = str(p, "invoice");
      const payments = [...s.invoices.values()].flatMap((i) => i.payments.data as Obj[]);
      const found = payments.filter(
        (x) => (!intent || x.payment.payment_intent === intent) && (!invoice || x.invoice === invoice),
      );
      return listOf(found, "/v1/invoice_payments");
    },
  ],
  [
    "POST",
    /^\/v1\/refunds$/,
    (s, p) =>
      refund(s, {
        payment_intent: str(p, "payment_intent") ?? "",
        amount: num(p, "amount"),
        reason: str(p, "reason"),
        metadata: obj(p, "metadata"),
      }),
  ],
  [
    "GET",
    /^\/v1\/refunds$/,
    (s, p) =>
      listOf(
        [...s.refunds.values()].filter(
          (r) => !str(p, "payment_intent") || r.payment_intent === str(p, "payment_intent"),
        ),
        "/v1/refunds",
      ),
  ],
];

export function callApi(state: StripeState, method: string, path: string, params: Params): Obj {
  for (const [verb, pattern, handler] of ROUTES) {
    const match = method === verb ? pattern.exec(path) : null;
    if (match) return handler(state, params, match[1] ?? "");
  }
  throw new ApiError(404, `Unrecognized request URL (${method}: ${path}).`, "resource_missing");
}
