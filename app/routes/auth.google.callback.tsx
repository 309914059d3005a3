import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { offerRestore } from "~/server/accounts/account-lifecycle.server";
import type { Session } from "~/server/db/db-schema";
import { getEnv } from "~/server/config/env.server";
import { createGoogleAuthenticator, GoogleAccountError } from "~/server/accounts/google-auth.server";
import { redirectWithFlash } from "~/server/http/http.server";
import { getLogger } from "~/server/config/logger.server";
import {
  clearPendingReauth,
  completeReauth,
  pendingReauth,
  REAUTH_PAGES,
  type ReauthPage,
} from "~/server/accounts/reauth.server";
import { recordSecurityEvent } from "~/server/accounts/security-log.server";
import { getCurrentSession, hasBirthProfile, startSession } from "~/server/session/session.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (!getEnv().googleEnabled) throw new Response("Google sign-in is not available", { status: 404 });
  const current = await getCurrentSession(request);
  const reauth = await pendingReauth(request);
  if (current && reauth?.userId === current.user.id)
    return confirmIdentity(request, current.session, reauth.page, context.requestId);
  try {
    const { user, outcome } = await createGoogleAuthenticator().authenticate("google", request);
    if (outcome === "linked") await recordSecurityEvent(user.id, "google.linked", request, context);
    // An account scheduled for deletion isn't signed in: its owner is offered to restore it instead.
    if (user.deactivated_at !== null) return offerRestore(user.id);
    await recordSecurityEvent(user.id, "login.success", request, context, "google");
    const cookie = await startSession(user.id, request, context);
    return redirect(hasBirthProfile(user) ? "/dashboard" : "/onboarding", { headers: { "Set-Cookie": cookie } });
  } catch (error) {
    if (error instanceof Response) throw error;
    return redirectWithFlash("/login", { kind: "error", message: failureMessage(error, context.requestId) });
  }
}

function failureMessage(error: unknown, requestId: string): string {
  getLogger().warn({ err: error, requestId }, "google sign-in failed");
  return error instanceof GoogleAccountError ? error.message : "Google sign-in didn't complete. Please try again.";
}

/** A fresh Google sign-in by the signed-in user, recorded for the page that asked for it; no new session. */
async function confirmIdentity(request: Request, session: Session, page: ReauthPage, requestId: string) {
  try {
    await createGoogleAuthenticator({ reauthUserId: session.user_id }).authenticate("google", request);
    const headers = new Headers();
    for (const cookie of (await completeReauth(request, session)) ?? []) headers.append("Set-Cookie", cookie);
    return redirectWithFlash(
      page,
      { kind: "success", message: `Thanks, it's you. ${REAUTH_PAGES[page]}` },
      { headers },
    );
  } catch (error) {
    if (error instanceof Response) throw error;
    const message = failureMessage(error, requestId);
    return redirectWithFlash(
      page,
      { kind: "error", message },
      { headers: { "Set-Cookie": await clearPendingReauth() } },
    );
  }
}
