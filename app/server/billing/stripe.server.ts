import Stripe from "stripe";
import { getEnv } from "~/server/config/env.server";

/** What every billing page and POST says when the server has no Stripe key. */
export const PAYMENTS_UNAVAILABLE =
  "Payments aren't set up on this server yet, so plans can't be bought or changed here.";

/** Thrown by billing services when Stripe isn't configured; routes answer it with PAYMENTS_UNAVAILABLE. */
export class PaymentsUnavailable extends Error {
  constructor() {
    super(PAYMENTS_UNAVAILABLE);
  }
}

let client: Stripe | undefined;
let clientKey: string | undefined;

/** The SDK client, pointed at STRIPE_API_URL when set (the local stand-in); null without a key. */
export function getStripe(): Stripe | null {
  const env = getEnv();
  if (!env.STRIPE_SECRET_KEY) return null;
  const signature = `${env.STRIPE_SECRET_KEY}|${env.STRIPE_API_URL ?? ""}`;
  if (!client || clientKey !== signature) {
    const api = env.STRIPE_API_URL ? new URL(env.STRIPE_API_URL) : null;
    client = new Stripe(env.STRIPE_SECRET_KEY, {
      maxNetworkRetries: 2,
      timeout: 20_000,
      ...(api && {
        host: api.hostname,
        port: Number(api.port || (api.protocol === "https:" ? 443 : 80)),
        protocol: api.protocol === "https:" ? "https" : "http",
      }),
    });
    clientKey = signature;
  }
  return client;
}

export function requireStripe(): Stripe {
  const stripe = getStripe();
  if (!stripe) throw new PaymentsUnavailable();
  return stripe;
}

/** Stripe ids arrive as a string or an expanded object. */
export const idOf = (value: string | { id: string } | null | undefined): string | null =>
  value == null ? null : typeof value === "string" ? value : value.id;
