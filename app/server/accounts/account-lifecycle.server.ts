import { redirect } from "@remix-run/node";
import type { DeletionWhen } from "~/accounts/deletion";
import { signedCookie } from "~/server/session/cookies.server";
import type { AccountDeletionStatus } from "~/server/db/db-schema";
import { getDb } from "~/server/db/db.server";

export const GRACE_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;
export const GRACE_MS = GRACE_DAYS * DAY;

export type { DeletionWhen };

export interface PendingDeletion {
  requestedAt: number;
  purgeAfter: number;
  status: AccountDeletionStatus;
}

/**
 * Deactivates the account at once: every session and open email link ends, and the purge job may delete it
 * from `purge_after` on (now, or after the grace period). One transaction, so a half-deactivated account can't exist.
 */
export async function deactivateAccount(
  userId: string,
  when: DeletionWhen,
  now = Date.now(),
): Promise<PendingDeletion> {
  const purgeAfter = when === "now" ? now : now + GRACE_MS;
  await getDb()
    .transaction()
    .execute(async (trx) => {
      await trx.updateTable("users").set({ deactivated_at: now, updated_at: now }).where("id", "=", userId).execute();
      await trx
        .insertInto("account_deletions")
        .values({ user_id: userId, requested_at: now, purge_after: purgeAfter, status: "scheduled", updated_at: now })
        .onConflict((oc) => oc.column("user_id").doUpdateSet({ purge_after: purgeAfter, updated_at: now }))
        .execute();
      await trx.deleteFrom("sessions").where("user_id", "=", userId).execute();
      await trx.deleteFrom("user_tokens").where("user_id", "=", userId).where("used_at", "is", null).execute();
    });
  return { requestedAt: now, purgeAfter, status: "scheduled" };
}

export async function pendingDeletion(userId: string): Promise<PendingDeletion | null> {
  const row = await getDb()
    .selectFrom("account_deletions")
    .selectAll()
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row ? { requestedAt: row.requested_at, purgeAfter: row.purge_after, status: row.status } : null;
}

/**
 * Cancels a scheduled deletion while the grace period runs. Refused once the purge has claimed the account
 * (status "purging") or its date has passed: the guards sit in the delete itself, so a racing purge can't lose rows.
 */
export async function restoreAccount(userId: string, now = Date.now()): Promise<boolean> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const cancelled = await trx
        .deleteFrom("account_deletions")
        .where("user_id", "=", userId)
        .where("status", "=", "scheduled")
        .where("purge_after", ">", now)
        .executeTakeFirst();
      if (cancelled.numDeletedRows === 0n) return false;
      await trx.updateTable("users").set({ deactivated_at: null, updated_at: now }).where("id", "=", userId).execute();
      return true;
    });
}

const RESTORE_PATH = "/restore-account";
const TICKET_MS = 10 * 60 * 1000;

/** Proof that this browser just signed in to a deactivated account (password or Google), for the restore page only. */
function restoreTicketCookie() {
  // Not scoped to RESTORE_PATH: with JavaScript on, Remix loads it as /restore-account.data, which that path wouldn't match.
  return signedCookie("__restore", { maxAgeSeconds: TICKET_MS / 1000 });
}

/** Sign-in to a deactivated account is refused; instead the browser is sent to the page that offers to restore it. */
export async function offerRestore(userId: string): Promise<Response> {
  const ticket = await restoreTicketCookie().serialize({ userId, expiresAt: Date.now() + TICKET_MS });
  return redirect(RESTORE_PATH, { headers: { "Set-Cookie": ticket } });
}

export async function readRestoreTicket(request: Request): Promise<string | null> {
  const value: unknown = await restoreTicketCookie().parse(request.headers.get("Cookie"));
  if (!value || typeof value !== "object") return null;
  const { userId, expiresAt } = value as { userId?: unknown; expiresAt?: unknown };
  return typeof userId === "string" && typeof expiresAt === "number" && expiresAt > Date.now() ? userId : null;
}

export async function clearRestoreTicket(): Promise<string> {
  return restoreTicketCookie().serialize("", { maxAge: 0 });
}
