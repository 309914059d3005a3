import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { appOrigin } from "~/server/auth.server";
import { getEnv } from "~/server/env.server";
import { createGoogleAuthenticator } from "~/server/google-auth.server";

export async function loader() {
  return redirect("/login");
}

/** Starts the OAuth flow: the strategy throws a redirect to Google carrying the state cookie. */
export async function action({ request }: ActionFunctionArgs) {
  if (!getEnv().googleEnabled) throw new Response("Google sign-in is not available", { status: 404 });
  await createGoogleAuthenticator(appOrigin(request)).authenticate("google", request);
  return redirect("/login");
}
