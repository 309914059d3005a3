import { centreActionSchema, centreQuerySchema } from "~/forms/notifications";
import { centreHref } from "~/notifications/centre-href";
import { readForm } from "~/server/http/forms.server";
import { invariantResponse, redirectWithFlash } from "~/server/http/http.server";
import { clearRead, deleteNotification, listNotifications, markAllRead, markRead } from "./centre.server";

/** The centre's page for the URL's filter; an unknown type or a bad page number is a 400. */
export async function loadCentre(userId: string, url: URL) {
  const parsed = centreQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  invariantResponse(parsed.success, "That filter isn't one we know.", 400);
  const type = parsed.data.type || null;
  const page = await listNotifications(userId, { type, page: parsed.data.page });
  return { ...page, type, page: parsed.data.page };
}

const MESSAGES = {
  read: () => "Marked as read.",
  delete: () => "Notification deleted.",
  "read-all": (n: number) => (n ? `Marked ${n} as read.` : "Nothing was unread."),
  "clear-read": (n: number) => (n ? `Deleted ${n} read notification${n === 1 ? "" : "s"}.` : "Nothing read to clear."),
};

/** One centre action, then back to the same filter and page; another user's notification is a 404. */
export async function handleCentreAction(userId: string, request: Request) {
  const parsed = centreActionSchema.safeParse(Object.fromEntries(await readForm(request)));
  invariantResponse(parsed.success, "That request wasn't understood.", 400);
  const input = parsed.data;
  const type = input.type || null;
  let count = 1;
  if (input.intent === "read") invariantResponse(await markRead(userId, input.id), "Notification not found");
  else if (input.intent === "delete")
    invariantResponse(await deleteNotification(userId, input.id), "Notification not found");
  else if (input.intent === "read-all") count = await markAllRead(userId, type);
  else count = await clearRead(userId, type);
  return redirectWithFlash(centreHref(type, input.page), { kind: "success", message: MESSAGES[input.intent](count) });
}
