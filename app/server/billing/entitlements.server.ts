/**
 * What a user's plan allows, read from the plan table (`~/billing/plans`). Features ask here, never
 * the table directly, so billing decides which plan a user is on in one place.
 */
import { PLANS, type Entitlements } from "~/billing/plans";
import { currentSubscription, planOf } from "./subscription-state.server";

export type { Entitlements } from "~/billing/plans";

export const FREE_PLAN: Entitlements = PLANS.free.entitlements;

/** The plan of the user's subscription (per the status policy in subscription-state.server.ts), else free. */
export async function entitlementsFor(userId: string): Promise<Entitlements> {
  return PLANS[planOf(await currentSubscription(userId))].entitlements;
}

export function peopleLimitMessage(limit: number): string {
  return `Your plan keeps up to ${limit} people. Remove someone, or upgrade your plan, to add another.`;
}
