import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { formatMoney } from "~/billing/plans";
import { REFUND_REASON_LABELS } from "~/billing/refund-reasons";
import { ProblemAlert } from "~/components/billing/billing-problem";
import { InvoiceTable, type InvoiceRow } from "~/components/billing/invoice-table";
import { customerSearchSchema, refundSchema } from "~/forms/billing";
import { lookUpCustomer, refundInvoice, requireAdmin } from "~/server/billing/admin.server";
import { dayOf } from "~/server/billing/billing-page.server";
import { billingAction } from "~/server/billing/errors.server";
import { readForm } from "~/server/http/forms.server";
import { redirectWithFlash } from "~/server/http/http.server";

export const meta: MetaFunction = () => [{ title: "Billing operations · NumerAI" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const admin = await requireAdmin(request);
  const email = new URL(request.url).searchParams.get("email");
  if (email === null) return { email: "", problem: null, found: null };
  const search = customerSearchSchema.safeParse({ email });
  if (!search.success) return data({ email, problem: search.error.issues[0].message, found: null }, { status: 400 });
  const found = await lookUpCustomer(admin, search.data.email, request, context);
  if (!found) return { email, problem: "No account has that email.", found: null };
  const invoices = found.invoices.map((invoice) => ({
    ...invoice,
    issued: dayOf(invoice.issuedAt, admin),
    refunds: invoice.refunds.map((refund) => ({ ...refund, refunded: dayOf(refund.refundedAt, admin) })),
  }));
  return { email, problem: null, found: { user: found.user, invoices } };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const form = Object.fromEntries(await readForm(request));
  const back = `/admin/billing?email=${encodeURIComponent(String(form.email ?? ""))}`;
  const parsed = refundSchema.safeParse(form);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return data({ invoiceId: String(form.invoiceId ?? ""), problem: issue.message }, { status: 400 });
  }
  return billingAction(async () => {
    const outcome = await refundInvoice(admin, parsed.data, request, context);
    if (!outcome.ok) return data({ invoiceId: parsed.data.invoiceId, problem: outcome.message }, { status: 400 });
    return redirectWithFlash(back, { kind: "success", message: outcome.message });
  });
}

export default function AdminBilling() {
  const { email, problem, found } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const refundProblem = actionData && "invoiceId" in actionData ? actionData : null;
  const refundForm = (invoice: InvoiceRow) =>
    invoice.refundable > 0 ? (
      <Form method="post" className="refund-form">
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="invoiceId" value={invoice.id} />
        <label>
          Amount ({invoice.currency.toUpperCase()}, at most {formatMoney(invoice.refundable, invoice.currency)})
          <input name="amount" inputMode="decimal" required defaultValue={(invoice.refundable / 100).toFixed(2)} />
        </label>
        <label>
          Reason
          <select name="reason" required>
            {Object.entries(REFUND_REASON_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <ProblemAlert message={refundProblem?.invoiceId === invoice.id ? refundProblem.problem : null} />
        <button type="submit" className="button button--small button--danger">
          Refund<span className="rd-visually-hidden"> invoice {invoice.number}</span>
        </button>
      </Form>
    ) : (
      "—"
    );
  return (
    <div className="page">
      <h1>Billing operations</h1>
      <Form method="get" className="actions">
        <label htmlFor="customer-email">Customer email</label>
        <input id="customer-email" name="email" type="email" required defaultValue={email} />
        <button type="submit" className="button button--small">
          Find
        </button>
      </Form>
      <ProblemAlert message={problem} />
      <ProblemAlert message={actionData && !refundProblem && "problem" in actionData ? actionData.problem : null} />
      {found ? (
        <section aria-labelledby="customer-heading">
          <h2 id="customer-heading">
            {found.user.name} ({found.user.email})
          </h2>
          <InvoiceTable invoices={found.invoices} action={refundForm} />
        </section>
      ) : null}
    </div>
  );
}
