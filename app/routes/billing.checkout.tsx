import type { ActionFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { BillingProblemPage } from "~/components/billing/billing-problem";
import { planChoiceSchema } from "~/forms/billing";
import { startCheckout } from "~/server/billing/checkout.server";
import { billingAction } from "~/server/billing/errors.server";
import { readForm } from "~/server/http/forms.server";
import { requireUser } from "~/server/session/session.server";

export const loader = () => redirect("/pricing");

/** POST plan + interval → 303 to Stripe's hosted Checkout. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = planChoiceSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return data({ problem: parsed.error.issues[0].message }, { status: 400 });
  const { plan, interval } = parsed.data;
  return billingAction(async () => redirect(await startCheckout(user, plan, interval), 303));
}

export default function Checkout() {
  return <BillingProblemPage problem={useActionData<typeof action>()?.problem ?? null} />;
}
