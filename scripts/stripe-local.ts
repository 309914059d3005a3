/**
 * `npm run stripe:local`: the local Stripe stand-in (tests/support/stripe-local) on STRIPE_LOCAL_PORT,
 * sending signed events to STRIPE_LOCAL_WEBHOOK_URL. Start the app with STRIPE_API_URL pointing here, any
 * `sk_test_…` key and the same STRIPE_WEBHOOK_SECRET, then run `npm run stripe:sync` once.
 */
import { startStripeLocal } from "../tests/support/stripe-local/server";

const port = Number(process.env.STRIPE_LOCAL_PORT ?? 12111);
const webhookUrl = process.env.STRIPE_LOCAL_WEBHOOK_URL ?? "http://127.0.0.1:3000/webhooks/stripe";
const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET ?? "whsec_local_numerai";

const local = await startStripeLocal({ port, webhookUrl, webhookSecret });
console.log(`Local Stripe on ${local.url}: events go to ${webhookUrl}, signed with ${webhookSecret}`);
console.log(
  `Controls: POST ${local.url}/_local/fail-next-payment, ${local.url}/_local/subscriptions/<id>/advance, …/past-due`,
);
const stop = () => void local.stop().then(() => process.exit(0));
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
