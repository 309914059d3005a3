import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { recordSecurityEvent } from "~/server/accounts/security-log.server";
import { endSession, getCurrentSession } from "~/server/session/session.server";

export async function loader() {
  return redirect("/");
}

export async function action({ request, context }: ActionFunctionArgs) {
  const current = await getCurrentSession(request);
  if (current) await recordSecurityEvent(current.user.id, "logout", request, context);
  return redirect("/", { headers: { "Set-Cookie": await endSession(request) } });
}
