import type { Obj } from "./state";

/** The hosted pages: plain HTML whose forms work without JavaScript, like the real ones do with it. */

const escape = (s: unknown) =>
  String(s ?? "").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

const money = (cents: number, currency: string) => `${(cents / 100).toFixed(2)} ${currency.toUpperCase()}`;

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;

export function checkoutPage(session: Obj, price: Obj) {
  return page(
    "Local Stripe Checkout",
    `<p>Subscribe to <strong>${escape(price.nickname ?? price.lookup_key)}</strong>: ${money(price.unit_amount, price.currency)} every ${escape(price.recurring.interval)}.</p>
<form method="post" action="/checkout/${escape(session.id)}/pay"><button type="submit">Pay and subscribe</button></form>
<p><a href="${escape(session.cancel_url)}">Cancel and go back</a></p>`,
  );
}

export function portalPage(session: Obj) {
  return page(
    "Local Stripe Billing Portal",
    `<form method="post" action="/portal/${escape(session.id)}/payment-method"><button type="submit">Update payment method</button></form>
<p><a href="${escape(session.return_url)}">Return to NumerAI</a></p>`,
  );
}

export function invoicePage(invoice: Obj) {
  return page(
    `Invoice ${invoice.number}`,
    `<p>${money(invoice.amount_due, invoice.currency)} · ${escape(invoice.status)}</p>`,
  );
}
