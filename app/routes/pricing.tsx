import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { PlanTable, type BuyMode } from "~/components/billing/plan-table";
import { PAYMENTS_UNAVAILABLE } from "~/server/billing/stripe.server";
import { currentSubscription, isManageable, planOf } from "~/server/billing/subscription-state.server";
import { getEnv } from "~/server/config/env.server";
import { getCurrentSession } from "~/server/session/session.server";

export const meta: MetaFunction = () => [{ title: "Pricing · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const current = await getCurrentSession(request);
  const subscription = current ? await currentSubscription(current.user.id) : null;
  const enabled = getEnv().billingEnabled;
  const mode: BuyMode = !current ? "sign-up" : !enabled ? "unavailable" : isManageable(subscription) ? "manage" : "buy";
  return {
    currentPlan: current ? planOf(subscription) : null,
    mode,
    unavailable: enabled ? null : PAYMENTS_UNAVAILABLE,
  };
}

export default function Pricing() {
  const { currentPlan, mode, unavailable } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>Pricing</h1>
      <p className="lede">
        Every plan has your full chart, reports and daily readings. Paid plans keep more people and give more time with
        the guide; yearly billing costs ten months, not twelve.
      </p>
      {unavailable ? (
        <p className="form-error" role="status">
          {unavailable}
        </p>
      ) : null}
      <PlanTable currentPlan={currentPlan} mode={mode} />
      <p className="muted small">
        Prices in US dollars. Cancel at any time: your plan runs to the end of the period you paid for. Moving to a
        smaller plan never deletes anything: people past its limit stay, you just can't add more.
      </p>
    </div>
  );
}
