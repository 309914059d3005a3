import { Form, Link } from "@remix-run/react";
import {
  BILLING_INTERVALS,
  formatMoney,
  PLAN_IDS,
  PLANS,
  type BillingInterval,
  type Limit,
  type PlanId,
} from "~/billing/plans";

const count = (limit: Limit) => (limit === null ? "Unlimited" : limit.toLocaleString("en-US"));
const INTERVAL_LABEL: Record<BillingInterval, string> = { monthly: "month", yearly: "year" };

/** The rows of the comparison, read from the plan table (the same numbers every feature enforces). */
const FEATURES: Array<{ label: string; value: (plan: PlanId) => string }> = [
  { label: "People kept", value: (id) => count(PLANS[id].entitlements.maxPeople) },
  { label: "AI guide messages a day", value: (id) => count(PLANS[id].entitlements.aiMessagesPerDay) },
  { label: "Remedies tracked", value: (id) => count(PLANS[id].entitlements.trackedRemedies) },
  {
    label: "Consultation discount",
    value: (id) => `${PLANS[id].entitlements.consultationDiscountPercent}%`,
  },
];

export type BuyMode = "buy" | "sign-up" | "unavailable" | "manage";

export function PlanTable({ currentPlan, mode }: { currentPlan: PlanId | null; mode: BuyMode }) {
  return (
    <div className="rd-table-wrap">
      <table className="rd-table pricing-table">
        <caption className="rd-visually-hidden">Plans and what each allows</caption>
        <thead>
          <tr>
            <th scope="col">Plan</th>
            {PLAN_IDS.map((id) => (
              <th scope="col" key={id}>
                {PLANS[id].name}
                {currentPlan === id ? <span className="badge">Your plan</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Price</th>
            {PLAN_IDS.map((id) => {
              const prices = PLANS[id].prices;
              return (
                <td key={id}>
                  {prices
                    ? BILLING_INTERVALS.map((interval) => (
                        <p key={interval} className="m-0">
                          {formatMoney(prices[interval])} / {INTERVAL_LABEL[interval]}
                        </p>
                      ))
                    : "Free"}
                </td>
              );
            })}
          </tr>
          {FEATURES.map((feature) => (
            <tr key={feature.label}>
              <th scope="row">{feature.label}</th>
              {PLAN_IDS.map((id) => (
                <td key={id}>{feature.value(id)}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">
              <span className="rd-visually-hidden">Choose</span>
            </th>
            {PLAN_IDS.map((id) => (
              <td key={id}>
                <PlanChoice plan={id} current={currentPlan === id} mode={mode} />
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function PlanChoice({ plan, current, mode }: { plan: PlanId; current: boolean; mode: BuyMode }) {
  const { name } = PLANS[plan];
  if (plan === "free" || current) return null;
  if (mode === "sign-up") return <Link to="/signup">Sign up to choose {name}</Link>;
  if (mode === "manage") return <Link to="/billing">Switch on your billing page</Link>;
  return (
    <div className="pricing-choices">
      {BILLING_INTERVALS.map((interval) => (
        <Form method="post" action="/billing/checkout" key={interval}>
          <input type="hidden" name="plan" value={plan} />
          <input type="hidden" name="interval" value={interval} />
          <button type="submit" className="button button--small" disabled={mode === "unavailable"}>
            {name} {interval}
          </button>
        </Form>
      ))}
    </div>
  );
}
