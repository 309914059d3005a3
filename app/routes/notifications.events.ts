import type { LoaderFunctionArgs } from "@remix-run/node";
import { unreadStream } from "~/server/notifications/unread-stream.server";
import { getCurrentSession } from "~/server/session/session.server";

/** GET /notifications/events: the header badge's live unread count (server-sent events). */
export async function loader({ request }: LoaderFunctionArgs) {
  const current = await getCurrentSession(request);
  if (!current) return new Response("Log in to follow your notifications.", { status: 401 });
  return new Response(unreadStream(current.user.id, request.signal), {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Accel-Buffering": "no",
    },
  });
}
