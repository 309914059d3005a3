/**
 * What a user's plan allows, read from the plan table (`~/billing/plans`). Features ask here, never
 * the table directly, so billing decides which plan a user is on in one place.
 */
import { PLANS, type Entitlements } from "~/billing/plans";

export type { Entitlements } from "~/billing/plans";

export const FREE_PLAN: Entitlements = PLANS.free.entitlements;

export async function entitlementsFor(userId: string): Promise<Entitlements> {
  void userId; // Every account is on the free plan until billing lands.
  return FREE_PLAN;
}

export function peopleLimitMessage(limit: number): string {
  return `Your plan keeps up to ${limit} people. Remove someone to add another.`;
}
