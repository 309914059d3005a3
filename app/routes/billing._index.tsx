import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ProblemAlert } from "~/components/billing/billing-problem";
import { InvoiceTable } from "~/components/billing/invoice-table";
import { manageSchema } from "~/forms/billing";
import { billingPage } from "~/server/billing/billing-page.server";
import { billingAction } from "~/server/billing/errors.server";
import { setCancelAtPeriodEnd } from "~/server/billing/manage.server";
import { readForm } from "~/server/http/forms.server";
import { redirectWithFlash } from "~/server/http/http.server";
import { requireUser } from "~/server/session/session.server";

export const meta: MetaFunction = () => [{ title: "Billing · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return billingPage(user, new URL(request.url));
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = manageSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return data({ problem: "That request wasn't understood." }, { status: 400 });
  const cancel = parsed.data.intent === "cancel";
  return billingAction(async () => {
    await setCancelAtPeriodEnd(user.id, cancel);
    const message = cancel
      ? "Your plan is cancelled: it stays on until the end of the period you paid for."
      : "Your plan is resumed: it renews as before.";
    return redirectWithFlash("/billing", { kind: "success", message });
  });
}

export default function Billing() {
  const { unavailable, confirmed, subscription: sub, switchTo, invoices } = useLoaderData<typeof loader>();
  const problem = useActionData<typeof action>()?.problem;
  return (
    <div className="page">
      <h1>Billing</h1>
      {confirmed ? <p role="status">{confirmed}</p> : null}
      <ProblemAlert message={problem ?? unavailable} />
      <section className="card" aria-labelledby="plan-heading">
        <h2 id="plan-heading">Your plan</h2>
        {sub ? (
          <>
            <p>
              <strong>{sub.planName}</strong>, billed {sub.interval} · Status: <strong>{sub.status}</strong>
            </p>
            {sub.ended ? (
              <p>Ended on {sub.ended}. You're on the free plan; everything you kept is still here.</p>
            ) : sub.cancelAtPeriodEnd ? (
              <p>Cancelled: it ends on {sub.periodEnd}, then you're on the free plan.</p>
            ) : sub.periodEnd ? (
              <p>Renews on {sub.periodEnd}.</p>
            ) : null}
          </>
        ) : (
          <p>
            You're on the free plan. <Link to="/pricing">See the plans</Link>
          </p>
        )}
        {sub?.manageable ? (
          <div className="actions">
            <Form method="post">
              <input type="hidden" name="intent" value={sub.cancelAtPeriodEnd ? "resume" : "cancel"} />
              <button type="submit" className={`button button--small ${sub.cancelAtPeriodEnd ? "" : "button--ghost"}`}>
                {sub.cancelAtPeriodEnd ? "Resume my plan" : "Cancel at period end"}
              </button>
            </Form>
            <Form method="post" action="/billing/portal">
              <button type="submit" className="button button--small button--ghost">
                {sub.paymentProblem ? "Fix my payment method" : "Payment method and tax ids"}
              </button>
            </Form>
          </div>
        ) : sub ? (
          <p>
            <Link to="/pricing">Choose a plan</Link>
          </p>
        ) : null}
      </section>
      {switchTo.length ? (
        <section className="card" aria-labelledby="switch-heading">
          <h2 id="switch-heading">Switch plan</h2>
          <Form method="get" action="/billing/change" className="actions">
            <label htmlFor="switch-to">Switch to</label>
            <select id="switch-to" name="to" required>
              {switchTo.map((option) => (
                <option key={option.label} value={`${option.plan}:${option.interval}`}>
                  {option.label}
                </option>
              ))}
            </select>
            <button type="submit" className="button button--small">
              Preview the change
            </button>
          </Form>
        </section>
      ) : null}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Billing history</h2>
        <InvoiceTable invoices={invoices} />
      </section>
    </div>
  );
}
