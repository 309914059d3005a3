/**
 * `npm run stripe:sync`: creates NumerAI's products and prices in Stripe from the plan table
 * (app/billing/plans.ts), found by lookup key. Running it again changes nothing.
 */
import { syncCatalog } from "../app/server/billing/catalog.server";
import { getStripe } from "../app/server/billing/stripe.server";
import { ConfigError } from "../app/server/config/env.server";

try {
  const stripe = getStripe();
  if (!stripe) throw new ConfigError("STRIPE_SECRET_KEY is not set: there is no Stripe account to sync.");
  const report = await syncCatalog(stripe);
  console.log(
    `stripe:sync: ${report.created.length} created or updated (${report.created.join(", ") || "none"}), ${report.unchanged.length} unchanged`,
  );
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
}
