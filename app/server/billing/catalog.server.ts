import type Stripe from "stripe";
import {
  BILLING_INTERVALS,
  CURRENCY,
  lookupKey,
  PAID_PLAN_IDS,
  PLANS,
  type BillingInterval,
  type PaidPlanId,
} from "~/billing/plans";

/**
 * Stripe's products and prices, made from the plan table (the one place amounts live) and found by
 * lookup key. A price's amount can't change in Stripe: a new amount is a new price that takes over the
 * lookup key (`transfer_lookup_key`), and the old one is archived; subscribers keep their old price.
 */

export class PlanNotForSale extends Error {}

const productId = (plan: PaidPlanId) => `numerai_${plan}`;
const STRIPE_INTERVAL = { monthly: "month", yearly: "year" } as const satisfies Record<BillingInterval, string>;

const cache = new Map<string, { id: string; until: number }>();
const CACHE_MS = 5 * 60_000;

export async function priceIdFor(stripe: Stripe, plan: PaidPlanId, interval: BillingInterval): Promise<string> {
  const key = lookupKey(plan, interval);
  const hit = cache.get(key);
  if (hit && hit.until > Date.now()) return hit.id;
  const { data } = await stripe.prices.list({ lookup_keys: [key], active: true, limit: 1 });
  if (!data[0]) throw new PlanNotForSale(`No active Stripe price has the lookup key ${key}: run npm run stripe:sync.`);
  cache.set(key, { id: data[0].id, until: Date.now() + CACHE_MS });
  return data[0].id;
}

export interface SyncReport {
  created: string[];
  unchanged: string[];
}

/** Makes Stripe's catalog match the plan table; running it again changes nothing. */
export async function syncCatalog(stripe: Stripe): Promise<SyncReport> {
  const report: SyncReport = { created: [], unchanged: [] };
  for (const plan of PAID_PLAN_IDS) {
    const { name, tagline, prices } = PLANS[plan];
    const product = await ensureProduct(stripe, productId(plan), name, tagline, report);
    for (const interval of BILLING_INTERVALS) {
      const key = lookupKey(plan, interval);
      const amount = prices![interval];
      const { data } = await stripe.prices.list({ lookup_keys: [key], limit: 1 });
      const current = data[0];
      if (current?.active && current.unit_amount === amount && current.currency === CURRENCY) {
        report.unchanged.push(key);
        continue;
      }
      await stripe.prices.create({
        product,
        currency: CURRENCY,
        unit_amount: amount,
        recurring: { interval: STRIPE_INTERVAL[interval] },
        lookup_key: key,
        transfer_lookup_key: true,
        nickname: `${name} ${interval}`,
      });
      if (current?.active) await stripe.prices.update(current.id, { active: false });
      report.created.push(key);
    }
  }
  cache.clear();
  return report;
}

async function ensureProduct(stripe: Stripe, id: string, name: string, description: string, report: SyncReport) {
  try {
    const existing = await stripe.products.retrieve(id);
    if (existing.name === name && existing.description === description && existing.active) {
      report.unchanged.push(id);
    } else {
      await stripe.products.update(id, { name, description, active: true });
      report.created.push(id);
    }
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode !== 404) throw error;
    await stripe.products.create({ id, name, description });
    report.created.push(id);
  }
  return id;
}
