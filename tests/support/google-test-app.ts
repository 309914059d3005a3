import { action as googleStart } from "~/routes/auth.google";
import { loader as googleCallback } from "~/routes/auth.google.callback";
import { startGoogleOAuthMock } from "./google-oauth-mock";
import { cookiesFrom, formRequest, getRequest, run, setupTestApp, testContext, type TestApp } from "./test-app";

/** setupTestApp with Google sign-in turned on, against a local oauth2-mock-server. */
export async function setupGoogleTestApp(env: Record<string, string> = {}) {
  const google = await startGoogleOAuthMock();
  const app: TestApp = await setupTestApp({
    env: {
      GOOGLE_CLIENT_ID: "numerai-test",
      GOOGLE_CLIENT_SECRET: "numerai-test-secret",
      GOOGLE_AUTHORIZATION_URL: google.authorizationUrl,
      GOOGLE_TOKEN_URL: google.tokenUrl,
      GOOGLE_USERINFO_URL: google.userinfoUrl,
      ...env,
    },
  });
  return {
    app,
    async cleanup() {
      await app.cleanup();
      await google.stop();
    },
  };
}

/**
 * A signed-in browser confirming it's them with Google (the "Confirm with Google" button): the real
 * OAuth code flow against oauth2-mock-server, which signs in whoever the identity cookie names.
 * Returns the callback's outcome and the browser's cookies after it.
 */
export async function throughGoogle(
  cookie: string,
  identity: { sub: string; email: string },
  returnTo?: string,
): Promise<{ callback: Awaited<ReturnType<typeof run>>; cookie: string }> {
  const fields: Record<string, string> = { intent: "reauth", ...(returnTo ? { returnTo } : {}) };
  const start = await run(() =>
    googleStart({ request: formRequest("/auth/google", fields, { cookie }), context: testContext(), params: {} }),
  );
  if (start.status !== 302) throw new Error(`the Google sign-in didn't start: ${start.status}`);
  const jar = cookiesFrom(start.response!, cookie);
  const consent = await fetch(start.response!.headers.get("Location")!, {
    redirect: "manual",
    headers: {
      Cookie: `mock_google_identity=${encodeURIComponent(JSON.stringify({ ...identity, name: "G", email_verified: true }))}`,
    },
  });
  const back = new URL(consent.headers.get("Location")!);
  const callback = await run(() =>
    googleCallback({ request: getRequest(`${back.pathname}${back.search}`, jar), context: testContext(), params: {} }),
  );
  return { callback, cookie: callback.response ? cookiesFrom(callback.response, jar) : jar };
}
