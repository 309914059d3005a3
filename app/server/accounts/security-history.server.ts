import { getDb } from "~/server/db/db.server";
import type { SecurityEventType } from "./security-log.server";

/** Every event type needs words for people: a new type without a label fails the type check here. */
const LABELS: Record<SecurityEventType, string> = {
  signup: "Account created",
  "login.success": "Signed in",
  "login.failure": "Failed sign-in attempt",
  logout: "Signed out",
  "password.changed": "Password changed",
  "password.reset": "Password reset with an email link",
  "email.verified": "Email address confirmed",
  "google.linked": "Google account linked",
  "session.revoked": "A session was signed out",
  "sessions.revoked-all": "Signed out of all sessions",
  export: "Data export downloaded",
  "deletion.requested": "Account deletion requested",
  "deletion.cancelled": "Account restored, deletion cancelled",
  "admin.billing-lookup": "Operator: looked up a customer's billing",
  "admin.refund": "Operator: refunded a payment",
};

const DETAILS: Record<string, string> = {
  password: "with password",
  google: "with Google",
  grace: "deleted after the 30-day grace period",
  now: "deleted at once",
  restore: "on restoring the account",
};

export function describeSecurityEvent(type: string): string {
  return LABELS[type as SecurityEventType] ?? type;
}

export const describeEventDetail = (detail: string | null) => (detail ? (DETAILS[detail] ?? detail) : null);

export const SECURITY_PAGE_SIZE = 20;

export interface SecurityEventPage {
  events: Array<{
    id: number;
    type: string;
    createdAt: number;
    ip: string | null;
    userAgent: string | null;
    detail: string | null;
  }>;
  page: number;
  pageCount: number;
}

/** One page of the user's security log, newest first; null when the page doesn't exist. */
export async function securityEventPage(
  userId: string,
  page: number,
  pageSize = SECURITY_PAGE_SIZE,
): Promise<SecurityEventPage | null> {
  const db = getDb();
  const { total } = await db
    .selectFrom("security_events")
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .where("user_id", "=", userId)
    .executeTakeFirstOrThrow();
  const pageCount = Math.max(1, Math.ceil(Number(total) / pageSize));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return null;
  const rows = await db
    .selectFrom("security_events")
    .select(["id", "type", "created_at", "ip", "user_agent", "detail"])
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return {
    events: rows.map((r) => ({
      id: r.id,
      type: r.type,
      createdAt: r.created_at,
      ip: r.ip,
      userAgent: r.user_agent,
      detail: r.detail,
    })),
    page,
    pageCount,
  };
}
