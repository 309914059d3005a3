import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { BillingProblemPage } from "~/components/billing/billing-problem";
import { portalUrl } from "~/server/billing/checkout.server";
import { billingAction } from "~/server/billing/errors.server";
import { readForm } from "~/server/http/forms.server";
import { requireUser } from "~/server/session/session.server";

export const loader = () => redirect("/billing");

/** POST → 303 to Stripe's Billing Portal (payment method, tax ids, invoices), which returns to /billing. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  await readForm(request);
  return billingAction(async () => redirect(await portalUrl(user), 303));
}

export default function Portal() {
  return <BillingProblemPage problem={useActionData<typeof action>()?.problem ?? null} back="/billing" />;
}
