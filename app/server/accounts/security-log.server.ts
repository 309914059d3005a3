import type { AppLoadContext } from "@remix-run/node";
import { getDb } from "~/server/db/db.server";

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
  | "deletion.cancelled";

export async function recordSecurityEvent(
  userId: string,
  type: SecurityEventType,
  request: Request,
  context: Pick<AppLoadContext, "ip">,
  detail?: string,
): Promise<void> {
  await getDb()
    .insertInto("security_events")
    .values({
      user_id: userId,
      type,
      created_at: Date.now(),
      ip: context.ip,
      user_agent: request.headers.get("User-Agent")?.slice(0, 300) ?? null,
      detail: detail ?? null,
    })
    .execute();
}
