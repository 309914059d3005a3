import type { AppLoadContext } from "@remix-run/node";
import type Stripe from "stripe";
import { formatMoney } from "~/billing/plans";
import type { RefundReason } from "~/billing/refund-reasons";
import type { User } from "~/server/db/db-schema";
import { getDb } from "~/server/db/db.server";
import { getEnv } from "~/server/config/env.server";
import { getCurrentSession } from "~/server/session/session.server";
import { recordSecurityEvent } from "~/server/accounts/security-log.server";
import { findUserByEmail } from "~/server/accounts/users.server";
import { billingHistory, type InvoiceLine } from "./history.server";
import { requireStripe } from "./stripe.server";

/**
 * Operators: verified accounts whose email is in ADMIN_EMAILS. Everyone else gets 404 for every /admin
 * URL, so the pages don't reveal they exist. Every action is written to the operator's security log.
 */

export function isAdmin(user: Pick<User, "email" | "email_verified_at">): boolean {
  return user.email_verified_at !== null && getEnv().ADMIN_EMAILS.includes(user.email.toLowerCase());
}

export async function requireAdmin(request: Request): Promise<User> {
  const current = await getCurrentSession(request);
  if (!current || !isAdmin(current.user)) throw new Response("Not found", { status: 404, statusText: "Not found" });
  return current.user;
}

export interface CustomerLookup {
  user: { id: string; email: string; name: string };
  invoices: InvoiceLine[];
}

export async function lookUpCustomer(
  admin: User,
  email: string,
  request: Request,
  context: Pick<AppLoadContext, "ip">,
): Promise<CustomerLookup | null> {
  const user = await findUserByEmail(email);
  await recordSecurityEvent(admin.id, "admin.billing-lookup", request, context, email.slice(0, 200));
  if (!user) return null;
  return { user: { id: user.id, email: user.email, name: user.name }, invoices: await billingHistory(user.id) };
}

export type RefundOutcome = { ok: true; message: string } | { ok: false; field: "amount" | "invoice"; message: string };

/**
 * Asks Stripe to refund part or all of an invoice's payment. Nothing is written to the history here: the
 * refund appears there when Stripe reports it (charge.refunded), like any other.
 */
export async function refundInvoice(
  admin: User,
  input: { invoiceId: string; amount: number; reason: RefundReason },
  request: Request,
  context: Pick<AppLoadContext, "ip">,
): Promise<RefundOutcome> {
  const stripe = requireStripe();
  const invoice = await getDb()
    .selectFrom("billing_invoices")
    .select(["id", "user_id", "payment_intent_id", "currency"])
    .where("id", "=", input.invoiceId)
    .executeTakeFirst();
  if (!invoice?.payment_intent_id)
    return { ok: false, field: "invoice", message: "That invoice has no payment to refund." };
  const line = (await billingHistory(invoice.user_id)).find((i) => i.id === invoice.id)!;
  if (input.amount > line.refundable) {
    return {
      ok: false,
      field: "amount",
      message: `At most ${formatMoney(line.refundable, line.currency)} of this invoice can be refunded.`,
    };
  }
  const refund: Stripe.Refund = await stripe.refunds.create(
    {
      payment_intent: invoice.payment_intent_id,
      amount: input.amount,
      reason: input.reason,
      metadata: { invoice: invoice.id, by: admin.email },
    },
    // A double-click or a resubmitted form refunds once.
    { idempotencyKey: `numerai-refund-${invoice.id}-${input.amount}-${line.refunds.length}` },
  );
  const detail = `${refund.id} ${formatMoney(input.amount, invoice.currency)} on ${invoice.id} (${input.reason})`;
  await recordSecurityEvent(admin.id, "admin.refund", request, context, detail);
  return { ok: true, message: `Refund of ${formatMoney(input.amount, invoice.currency)} sent to Stripe.` };
}
