import type { LoaderFunctionArgs } from "@remix-run/node";
import { unreadCount } from "~/server/notifications/centre.server";
import { getCurrentSession } from "~/server/session/session.server";

/** GET /notifications/count: `{ unread }`, polled by the badge where server-sent events don't get through. */
export async function loader({ request }: LoaderFunctionArgs) {
  const current = await getCurrentSession(request);
  if (!current) return Response.json({ error: "Log in to see your notifications." }, { status: 401 });
  return Response.json({ unread: await unreadCount(current.user.id) });
}
