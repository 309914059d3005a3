import type { ActionFunctionArgs } from "@remix-run/node";
import { sendTestNotification } from "~/server/notifications/settings-form.server";
import { requireUser } from "~/server/session/session.server";

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  return sendTestNotification(user.id);
}
