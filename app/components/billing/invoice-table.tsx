import type { ReactNode } from "react";
import { formatMoney } from "~/billing/plans";

export interface InvoiceRow {
  id: string;
  number: string | null;
  status: string;
  amountPaid: number;
  amountDue: number;
  currency: string;
  issued: string;
  hostedUrl: string | null;
  pdfUrl: string | null;
  /** What can still be refunded (for the operator's form). */
  refundable: number;
  refunds: Array<{ id: string; amount: number; currency: string; status: string; refunded: string }>;
}

/** Billing history: one row per invoice, its refunds under it; `action` adds a cell (the operator's refund form). */
export function InvoiceTable({
  invoices,
  action,
}: {
  invoices: InvoiceRow[];
  action?: (row: InvoiceRow) => ReactNode;
}) {
  if (!invoices.length) return <p className="muted">No invoices yet.</p>;
  return (
    <div className="rd-table-wrap">
      <table className="rd-table">
        <caption className="rd-visually-hidden">Invoices</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Number</th>
            <th scope="col">Amount</th>
            <th scope="col">Status</th>
            <th scope="col">Invoice</th>
            {action ? <th scope="col">Refund</th> : null}
          </tr>
        </thead>
        <tbody>
          {invoices.map((invoice) => (
            <tr key={invoice.id}>
              <td>{invoice.issued}</td>
              <td>{invoice.number ?? "—"}</td>
              <td>
                {formatMoney(invoice.status === "paid" ? invoice.amountPaid : invoice.amountDue, invoice.currency)}
                {invoice.refunds.map((refund) => (
                  <p key={refund.id} className="m-0 small">
                    Refunded {formatMoney(refund.amount, refund.currency)} on {refund.refunded}
                    {refund.status === "succeeded" ? "" : ` (${refund.status})`}
                  </p>
                ))}
              </td>
              <td>{invoice.status}</td>
              <td>
                {invoice.hostedUrl ? (
                  <a href={invoice.hostedUrl}>
                    View<span className="rd-visually-hidden"> invoice {invoice.number}</span>
                  </a>
                ) : null}{" "}
                {invoice.pdfUrl ? (
                  <a href={invoice.pdfUrl}>
                    PDF<span className="rd-visually-hidden"> of invoice {invoice.number}</span>
                  </a>
                ) : null}
              </td>
              {action ? <td>{action(invoice)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
