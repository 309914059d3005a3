import type { AppLoadContext } from "@remix-run/node";
import { getDb } from "~/server/db/db.server";
import { noticeSecurityEvent } from "~/server/notifications/security-notices.server";

export type SecurityEventType =
  | "signup"
  | "login.success"
  | "login.failure"
  | "logout"
  | "password.changed"
  | "password.reset"
  | "email.verified"
  | "google.linked"
  | "session.revoked"
  | "sessions.revoked-all"
  | "export"
  | "deletion.requested"
  | "deletion.cancelled"
  | "admin.billing-lookup"
  | "admin.refund";

export async function recordSecurityEvent(
  userId: string,
  type: SecurityEventType,
  request: Request,
  context: Pick<AppLoadContext, "ip">,
  detail?: string,
): Promise<void> {
  const userAgent = request.headers.get("User-Agent")?.slice(0, 300) ?? null;
  await getDb()
    .insertInto("security_events")
    .values({
      user_id: userId,
      type,
      created_at: Date.now(),
      ip: context.ip,
      user_agent: userAgent,
      detail: detail ?? null,
    })
    .execute();
  // Events worth telling the user about go through the one notification pipeline.
  await noticeSecurityEvent(userId, type, userAgent);
}
