import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { appOrigin } from "~/server/auth.server";
import { getEnv } from "~/server/env.server";
import { createGoogleAuthenticator } from "~/server/google-auth.server";
import { startReauth } from "~/server/reauth.server";
import { requireSession } from "~/server/session.server";

export async function loader() {
  return redirect("/login");
}

/** Starts the OAuth flow: the strategy throws a redirect to Google carrying the state cookie. */
export async function action({ request }: ActionFunctionArgs) {
  if (!getEnv().googleEnabled) throw new Response("Google sign-in is not available", { status: 404 });
  // intent=reauth: a signed-in user proving it's them again (account deletion) rather than signing in.
  // Read from a copy: the authenticator clones the request, which needs its body untouched.
  const reauth = (await request.clone().formData()).get("intent") === "reauth";
  const marker = reauth ? await startReauth((await requireSession(request)).session) : null;
  try {
    await createGoogleAuthenticator(appOrigin(request)).authenticate("google", request);
  } catch (thrown) {
    if (!(marker && thrown instanceof Response)) throw thrown;
    const headers = new Headers(thrown.headers);
    headers.append("Set-Cookie", marker);
    throw new Response(null, { status: thrown.status, headers });
  }
  return redirect("/login");
}
