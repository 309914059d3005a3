/**
 * The plan table: what each plan costs and allows. The one place every feature (people, the AI
 * guide, remedies, consultations), /pricing and the Stripe sync read from. Pure data, no I/O.
 */
export const PLAN_IDS = ["free", "basic", "premium", "elite"] as const;
export type PlanId = (typeof PLAN_IDS)[number];

export const PAID_PLAN_IDS = ["basic", "premium", "elite"] as const satisfies readonly PlanId[];
export type PaidPlanId = (typeof PAID_PLAN_IDS)[number];

export const BILLING_INTERVALS = ["monthly", "yearly"] as const;
export type BillingInterval = (typeof BILLING_INTERVALS)[number];

/** A limit of `null` means unlimited (JSON-safe, unlike Infinity). */
export type Limit = number | null;

export interface Entitlements {
  /** People kept in /people. */
  maxPeople: number;
  /** Messages to the AI guide per local day. */
  aiMessagesPerDay: number;
  /** Remedies tracked at once. */
  trackedRemedies: Limit;
  /** Percent off expert consultations. */
  consultationDiscountPercent: number;
}

export interface Plan {
  id: PlanId;
  name: string;
  tagline: string;
  entitlements: Entitlements;
  /** Prices in the smallest currency unit (cents); null for the free plan. Yearly ≈ two months free. */
  prices: Record<BillingInterval, number> | null;
}

export const CURRENCY = "usd";

export const PLANS: Record<PlanId, Plan> = {
  free: {
    id: "free",
    name: "Free",
    tagline: "Your chart, daily readings and a few people.",
    entitlements: { maxPeople: 5, aiMessagesPerDay: 10, trackedRemedies: 1, consultationDiscountPercent: 0 },
    prices: null,
  },
  basic: {
    id: "basic",
    name: "Basic",
    tagline: "Room for family and friends, and more time with the guide.",
    entitlements: { maxPeople: 20, aiMessagesPerDay: 50, trackedRemedies: 5, consultationDiscountPercent: 0 },
    prices: { monthly: 499, yearly: 4990 },
  },
  premium: {
    id: "premium",
    name: "Premium",
    tagline: "Everyone you know, unlimited remedies, 10% off consultations.",
    entitlements: { maxPeople: 100, aiMessagesPerDay: 200, trackedRemedies: null, consultationDiscountPercent: 10 },
    prices: { monthly: 999, yearly: 9990 },
  },
  elite: {
    id: "elite",
    name: "Elite",
    tagline: "For practitioners: a thousand charts and 20% off consultations.",
    entitlements: { maxPeople: 1000, aiMessagesPerDay: 1000, trackedRemedies: null, consultationDiscountPercent: 20 },
    prices: { monthly: 1999, yearly: 19990 },
  },
};

export function withinLimit(count: number, limit: Limit): boolean {
  return limit === null || count < limit;
}

/** Stripe finds each price by this key (`basic_monthly` … `elite_yearly`); `npm run stripe:sync` creates them. */
export const lookupKey = (plan: PaidPlanId, interval: BillingInterval) => `${plan}_${interval}`;

export const LOOKUP_KEYS = PAID_PLAN_IDS.flatMap((plan) =>
  BILLING_INTERVALS.map((interval) => lookupKey(plan, interval)),
);

export function planOfLookupKey(
  key: string | null | undefined,
): { plan: PaidPlanId; interval: BillingInterval } | null {
  for (const plan of PAID_PLAN_IDS) {
    for (const interval of BILLING_INTERVALS) if (lookupKey(plan, interval) === key) return { plan, interval };
  }
  return null;
}

/** "$9.99", "$99.90": amounts are whole cents. */
export function formatMoney(cents: number, currency = CURRENCY): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).format(cents / 100);
}
