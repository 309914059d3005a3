/**
 * What a user's plan allows. One module so billing can extend it (paid plans) without touching the
 * features that ask.
 */
export interface Entitlements {
  /** How many people a user may keep in /people. */
  maxPeople: number;
}

export const FREE_PLAN: Entitlements = Object.freeze({ maxPeople: 5 });

export async function entitlementsFor(userId: string): Promise<Entitlements> {
  void userId; // Every account is on the free plan until billing lands.
  return FREE_PLAN;
}

export function peopleLimitMessage(limit: number): string {
  return `Your plan keeps up to ${limit} people. Remove someone to add another.`;
}
