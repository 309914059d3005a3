import type { AppLoadContext } from "@remix-run/node";
import type { Session } from "~/server/db/db-schema";
import { getEnv } from "~/server/config/env.server";
import { getLogger } from "~/server/config/logger.server";
import { getCurrentSession, hasBirthProfile, startSession } from "~/server/session/session.server";
import { createGoogleAuthenticator, GoogleAccountError } from "./google-auth.server";
import { clearPendingReauth, completeReauth, pendingReauth, REAUTH_PAGES, type ReauthPage } from "./reauth.server";
import { recordSecurityEvent } from "./security-log.server";

export type GoogleSignInResult =
  | { kind: "unavailable" }
  /** Signed in: a new session cookie, and where the user goes next. */
  | { kind: "signed-in"; cookie: string; next: "/dashboard" | "/onboarding" }
  /** The account is scheduled for deletion: it isn't signed in, its owner is offered to restore it. */
  | { kind: "deactivated"; userId: string }
  /** A re-authentication the signed-in user started on `page`; cookies record the proof (or drop the marker). */
  | { kind: "reauth"; ok: boolean; page: ReauthPage; message: string; cookies: string[] }
  | { kind: "failed"; message: string };

/**
 * Google's OAuth callback: either a sign-in (linking Google to an account by its verified email), or the
 * fresh sign-in a signed-in user was asked for. The first leg's redirect to Google is thrown as a Response.
 */
export async function completeGoogleSignIn(request: Request, context: AppLoadContext): Promise<GoogleSignInResult> {
  if (!getEnv().googleEnabled) return { kind: "unavailable" };
  const current = await getCurrentSession(request);
  const reauth = await pendingReauth(request);
  if (current && reauth?.userId === current.user.id)
    return confirmIdentity(request, current.session, reauth.page, context);
  try {
    const { user, outcome } = await createGoogleAuthenticator().authenticate("google", request);
    if (outcome === "linked") await recordSecurityEvent(user.id, "google.linked", request, context);
    if (user.deactivated_at !== null) return { kind: "deactivated", userId: user.id };
    await recordSecurityEvent(user.id, "login.success", request, context, "google");
    const cookie = await startSession(user.id, request, context);
    return { kind: "signed-in", cookie, next: hasBirthProfile(user) ? "/dashboard" : "/onboarding" };
  } catch (error) {
    if (error instanceof Response) throw error;
    return { kind: "failed", message: failureMessage(error, context.requestId) };
  }
}

function failureMessage(error: unknown, requestId: string): string {
  getLogger().warn({ err: error, requestId }, "google sign-in failed");
  return error instanceof GoogleAccountError ? error.message : "Google sign-in didn't complete. Please try again.";
}

/** A fresh Google sign-in by the signed-in user, recorded for the page that asked for it; no new session. */
async function confirmIdentity(
  request: Request,
  session: Session,
  page: ReauthPage,
  context: AppLoadContext,
): Promise<GoogleSignInResult> {
  try {
    await createGoogleAuthenticator({ reauthUserId: session.user_id }).authenticate("google", request);
    const cookies = (await completeReauth(request, session)) ?? [];
    return { kind: "reauth", ok: true, page, message: `Thanks, it's you. ${REAUTH_PAGES[page]}`, cookies };
  } catch (error) {
    if (error instanceof Response) throw error;
    const message = failureMessage(error, context.requestId);
    return { kind: "reauth", ok: false, page, message, cookies: [await clearPendingReauth()] };
  }
}
