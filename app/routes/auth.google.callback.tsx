import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { appOrigin } from "~/server/auth.server";
import { getEnv } from "~/server/env.server";
import { createGoogleAuthenticator, GoogleAccountError } from "~/server/google-auth.server";
import { redirectWithFlash } from "~/server/http.server";
import { getLogger } from "~/server/logger.server";
import { recordSecurityEvent } from "~/server/security-log.server";
import { hasBirthProfile, startSession } from "~/server/session.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (!getEnv().googleEnabled) throw new Response("Google sign-in is not available", { status: 404 });
  try {
    const { user, outcome } = await createGoogleAuthenticator(appOrigin(request)).authenticate("google", request);
    if (outcome === "linked") await recordSecurityEvent(user.id, "google.linked", request, context);
    await recordSecurityEvent(user.id, "login.success", request, context, "google");
    const cookie = await startSession(user.id, request, context);
    return redirect(hasBirthProfile(user) ? "/dashboard" : "/onboarding", { headers: { "Set-Cookie": cookie } });
  } catch (error) {
    if (error instanceof Response) throw error;
    getLogger().warn({ err: error, requestId: context.requestId }, "google sign-in failed");
    const message =
      error instanceof GoogleAccountError ? error.message : "Google sign-in didn't complete. Please try again.";
    return redirectWithFlash("/login", { kind: "error", message });
  }
}
