import { getDb } from "~/server/db/db.server";

/** Billing history: every invoice we hold for a user, newest first, each with its refunds. */

export interface RefundLine {
  id: string;
  amount: number;
  currency: string;
  reason: string | null;
  status: string;
  refundedAt: number;
}

export interface InvoiceLine {
  id: string;
  number: string | null;
  status: string;
  amountDue: number;
  amountPaid: number;
  currency: string;
  issuedAt: number;
  hostedUrl: string | null;
  pdfUrl: string | null;
  refunds: RefundLine[];
  /** What can still be refunded (paid less refunds that didn't fail). */
  refundable: number;
}

export async function billingHistory(userId: string): Promise<InvoiceLine[]> {
  const db = getDb();
  const [invoices, refunds] = await Promise.all([
    db.selectFrom("billing_invoices").selectAll().where("user_id", "=", userId).orderBy("issued_at", "desc").execute(),
    db.selectFrom("billing_refunds").selectAll().where("user_id", "=", userId).orderBy("refunded_at").execute(),
  ]);
  return invoices.map((invoice) => {
    const own = refunds
      .filter((r) => r.invoice_id === invoice.id)
      .map((r) => ({
        id: r.id,
        amount: r.amount,
        currency: r.currency,
        reason: r.reason,
        status: r.status,
        refundedAt: r.refunded_at,
      }));
    const refunded = own
      .filter((r) => r.status !== "failed" && r.status !== "canceled")
      .reduce((n, r) => n + r.amount, 0);
    return {
      id: invoice.id,
      number: invoice.number,
      status: invoice.status,
      amountDue: invoice.amount_due,
      amountPaid: invoice.amount_paid,
      currency: invoice.currency,
      issuedAt: invoice.issued_at,
      hostedUrl: invoice.hosted_invoice_url,
      pdfUrl: invoice.invoice_pdf,
      refunds: own,
      refundable: Math.max(0, invoice.amount_paid - refunded),
    };
  });
}
