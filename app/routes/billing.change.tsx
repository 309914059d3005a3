import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { formatMoney, PLANS } from "~/billing/plans";
import { ProblemAlert } from "~/components/billing/billing-problem";
import { changeSchema, planChoiceSchema } from "~/forms/billing";
import { billingAction, billingProblem } from "~/server/billing/errors.server";
import { changePlan, previewChange } from "~/server/billing/manage.server";
import { readForm } from "~/server/http/forms.server";
import { redirectWithFlash } from "~/server/http/http.server";
import { requireUser } from "~/server/session/session.server";

export const meta: MetaFunction = () => [{ title: "Switch plan · Billing · NumerAI" }];

/** GET ?to=plan:interval → the proration preview; nothing changes until the form below is posted. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [plan, interval] = (new URL(request.url).searchParams.get("to") ?? "").split(":");
  const choice = planChoiceSchema.safeParse({ plan, interval });
  if (!choice.success) throw new Response("Choose a plan and an interval to switch to.", { status: 400 });
  try {
    const preview = await previewChange(user.id, choice.data.plan, choice.data.interval);
    return { preview, problem: null };
  } catch (error) {
    const problem = billingProblem(error);
    return data({ preview: null, problem: problem.message }, { status: problem.status });
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = changeSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return data({ problem: "That request wasn't understood." }, { status: 400 });
  const { plan, interval, prorationDate } = parsed.data;
  return billingAction(async () => {
    await changePlan(user.id, plan, interval, prorationDate);
    return redirectWithFlash("/billing", {
      kind: "success",
      message: `You're on ${PLANS[plan].name}, billed ${interval}, now.`,
    });
  });
}

export default function ChangePlan() {
  const { preview, problem } = useLoaderData<typeof loader>();
  const actionProblem = useActionData<typeof action>()?.problem;
  return (
    <div className="page narrow">
      <p className="eyebrow">
        <Link to="/billing">Billing</Link>
      </p>
      <h1>Switch plan</h1>
      <ProblemAlert message={actionProblem ?? problem} />
      {preview ? (
        <>
          <p>
            Switch to <strong>{PLANS[preview.plan].name}</strong>, billed {preview.interval}.
          </p>
          <p>
            {preview.amountDue > 0
              ? `You'll be charged ${formatMoney(preview.amountDue, preview.currency)} now`
              : `Nothing is charged now${preview.amountDue < 0 ? `; ${formatMoney(-preview.amountDue, preview.currency)} is credited to your next invoices` : ""}`}
            , after credit for the unused part of your current plan.
          </p>
          <Form method="post" className="actions">
            <input type="hidden" name="plan" value={preview.plan} />
            <input type="hidden" name="interval" value={preview.interval} />
            <input type="hidden" name="prorationDate" value={preview.prorationDate} />
            <button type="submit" className="button">
              Confirm the switch
            </button>
            <Link to="/billing">Keep my plan</Link>
          </Form>
        </>
      ) : (
        <p>
          <Link to="/billing">Back to billing</Link>
        </p>
      )}
    </div>
  );
}
