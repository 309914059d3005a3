import type { ActionFunctionArgs } from "@remix-run/node";
import { pushSubscriptionSchema } from "~/forms/notifications";
import { savePushSubscription } from "~/server/notifications/push-subscriptions.server";
import { getCurrentSession } from "~/server/session/session.server";

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers });

export const loader = () => json(405, { error: "POST a push subscription here." }, { Allow: "POST" });

/** POST { endpoint, keys: { p256dh, auth } } (PushSubscription.toJSON()): 201 new, 200 the same endpoint again. */
export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return json(405, { error: "POST a push subscription here." }, { Allow: "POST" });
  const current = await getCurrentSession(request);
  if (!current) return json(401, { error: "Your session has ended: please log in again." });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return json(400, { error: "The request body must be JSON." });
  }
  const parsed = pushSubscriptionSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return json(400, { error: { field: issue.path.join("."), message: issue.message } });
  }
  const saved = await savePushSubscription(current.user.id, parsed.data, request.headers.get("User-Agent"));
  return json(saved.created ? 201 : 200, { id: saved.id });
}
