import { data } from "@remix-run/node";
import Stripe from "stripe";
import { getLogger } from "~/server/config/logger.server";
import { PlanNotForSale } from "./catalog.server";
import { AlreadySubscribed } from "./checkout.server";
import { NoSubscription, SamePlan } from "./manage.server";
import { PAYMENTS_UNAVAILABLE, PaymentsUnavailable } from "./stripe.server";

/** A billing step that can't go ahead, as words for the page and a status (never a 500). */
export interface BillingProblem {
  message: string;
  status: 400 | 409 | 502 | 503;
}

export function billingProblem(error: unknown): BillingProblem {
  // A 4xx: the request is fine, but this server can't take payments (its configuration, not an outage).
  if (error instanceof PaymentsUnavailable) return { message: PAYMENTS_UNAVAILABLE, status: 409 };
  if (error instanceof PlanNotForSale) {
    getLogger().error({ err: error }, "a plan has no Stripe price");
    return { message: "That plan can't be bought right now. Please try again later.", status: 503 };
  }
  if (error instanceof AlreadySubscribed) {
    return { message: "You already have a plan: switch it on your billing page.", status: 409 };
  }
  if (error instanceof NoSubscription)
    return { message: "You have no plan to change. Choose one on the pricing page.", status: 409 };
  if (error instanceof SamePlan) return { message: "You're already on that plan.", status: 400 };
  if (error instanceof Stripe.errors.StripeError) {
    getLogger().error({ err: error }, "stripe request failed");
    return { message: "Stripe couldn't complete that just now. Nothing was changed; please try again.", status: 502 };
  }
  throw error;
}

/** Runs a billing step for an action; a problem becomes `{ problem }` with its status. */
export async function billingAction<T>(step: () => Promise<T>) {
  try {
    return await step();
  } catch (error) {
    if (error instanceof Response) throw error;
    const problem = billingProblem(error);
    return data({ problem: problem.message }, { status: problem.status });
  }
}
