import type { ActionFunctionArgs } from "@remix-run/node";
import { handleStripeWebhook } from "~/server/billing/webhook.server";

/** Stripe's events; the signature is checked on the raw body, so it is read as text and nothing else. */
export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return new Response("Method not allowed", { status: 405, headers: { Allow: "POST" } });
  const result = await handleStripeWebhook(await request.text(), request.headers.get("stripe-signature"));
  return new Response(result.message, { status: result.status, headers: { "Content-Type": "text/plain" } });
}
