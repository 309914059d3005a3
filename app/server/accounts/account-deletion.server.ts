import type { AppLoadContext } from "@remix-run/node";
import type { Session, User } from "~/server/db/db-schema";
import { cancelSubscriptionNow } from "~/server/billing/manage.server";
import { getLogger } from "~/server/config/logger.server";
import { limitPasswordChecks } from "~/server/http/rate-limit.server";
import { purgeAccount } from "~/server/privacy/purge.server";
import { deactivateAccount, type DeletionWhen } from "./account-lifecycle.server";
import { verifyPassword } from "./password.server";
import { reauthValidUntil } from "./reauth.server";
import { recordSecurityEvent } from "./security-log.server";

export type AccountDeletionResult =
  /** Deactivated at once; with "grace" it is erased at `purgeAfter` unless restored, with "now" it is gone. */
  | { ok: true; when: DeletionWhen; purgeAfter: number }
  | { ok: false; status: 400 | 429; field?: "password"; message: string };

/**
 * Deletes the signed-in user's account once they proved it's them (their password, or a fresh Google
 * sign-in for accounts without one): deactivated at once, erased now or after the grace period.
 */
export async function requestAccountDeletion(
  { user, session }: { user: User; session: Session },
  { password, when }: { password?: string; when: DeletionWhen },
  request: Request,
  context: AppLoadContext,
): Promise<AccountDeletionResult> {
  const limited = await limitPasswordChecks("delete-account", user.id);
  if (limited) return { ok: false, status: 429, message: limited };
  if (user.password_hash) {
    if (!password) return { ok: false, status: 400, field: "password", message: "Enter your password." };
    if (!(await verifyPassword(password, user.password_hash))) {
      return { ok: false, status: 400, field: "password", message: "That isn't your password." };
    }
  } else if (!(await reauthValidUntil(request, session))) {
    return { ok: false, status: 400, message: "Confirm it's you with Google first, then delete the account." };
  }

  await recordSecurityEvent(user.id, "deletion.requested", request, context, when);
  const { purgeAfter } = await deactivateAccount(user.id, when);
  try {
    await cancelSubscriptionNow(user.id);
  } catch (error) {
    // The purge deletes the Stripe customer, which ends the subscription there anyway.
    getLogger().error({ err: error, requestId: context.requestId }, "subscription not cancelled on account deletion");
  }
  if (when === "now") {
    try {
      await purgeAccount(user.id);
    } catch (error) {
      // Already deactivated and due: the purge job finishes what this request couldn't.
      getLogger().error(
        { err: error, requestId: context.requestId },
        "immediate account purge failed; the job will retry",
      );
    }
  }
  return { ok: true, when, purgeAfter };
}
