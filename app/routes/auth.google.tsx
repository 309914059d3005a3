import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { getEnv } from "~/server/config/env.server";
import { readForm } from "~/server/http/forms.server";
import { createGoogleAuthenticator } from "~/server/accounts/google-auth.server";
import { isReauthPage, startReauth } from "~/server/accounts/reauth.server";
import { requireSession } from "~/server/session/session.server";

export async function loader() {
  return redirect("/login");
}

/** Starts the OAuth flow: the strategy throws a redirect to Google carrying the state cookie. */
export async function action({ request }: ActionFunctionArgs) {
  if (!getEnv().googleEnabled) throw new Response("Google sign-in is not available", { status: 404 });
  // intent=reauth: a signed-in user proving it's them again (for the page in returnTo) rather than signing in.
  // Read from a copy: the authenticator clones the request, which needs its body untouched.
  const form = await readForm(request.clone());
  const returnTo = form.get("returnTo");
  const marker =
    form.get("intent") === "reauth"
      ? await startReauth((await requireSession(request)).session, isReauthPage(returnTo) ? returnTo : undefined)
      : null;
  try {
    await createGoogleAuthenticator().authenticate("google", request);
  } catch (thrown) {
    if (!(marker && thrown instanceof Response)) throw thrown;
    const headers = new Headers(thrown.headers);
    headers.append("Set-Cookie", marker);
    throw new Response(null, { status: thrown.status, headers });
  }
  return redirect("/login");
}
