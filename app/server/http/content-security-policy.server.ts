import { randomFillSync } from "node:crypto";
import type { Env } from "~/server/config/env.server";

/**
 * The Content-Security-Policy of every answer: scripts only from us, plus, on a page, its inline scripts
 * carrying this response's nonce. Built once; only the nonce changes per response.
 */
export function contentSecurityPolicy(env: Env): (nonce?: string) => string {
  const googleOrigin = env.googleEnabled ? new URL(env.GOOGLE_AUTHORIZATION_URL).origin : "";
  // Billing forms answer with a redirect to Stripe's hosted pages, which form-action governs too.
  const stripeOrigins = !env.billingEnabled
    ? ""
    : env.STRIPE_API_URL
      ? new URL(env.STRIPE_API_URL).origin
      : "https://checkout.stripe.com https://billing.stripe.com";
  const rest = [
    // No inline styles anywhere (the charts use classes), so no 'unsafe-inline'.
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", googleOrigin, stripeOrigins].filter(Boolean).join(" "),
    "frame-ancestors 'none'",
  ].join("; ");
  const withoutNonce = `default-src 'self'; script-src 'self'; ${rest}`;
  return (nonce) => (nonce ? `default-src 'self'; script-src 'self' 'nonce-${nonce}'; ${rest}` : withoutNonce);
}

// Nonces are cut from a buffer of CSPRNG bytes refilled every 256 nonces: one call into OpenSSL per 256
// pages instead of one per page, and still never reused.
const NONCE_BYTES = 16;
const pool = Buffer.alloc(NONCE_BYTES * 256);
let offset = pool.length;

export function newNonce(): string {
  if (offset === pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const nonce = pool.toString("base64", offset, offset + NONCE_BYTES);
  offset += NONCE_BYTES;
  return nonce;
}
