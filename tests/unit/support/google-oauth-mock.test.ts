import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDENTITY_COOKIE, startGoogleOAuthMock, type MockGoogleIdentity } from "../../support/google-oauth-mock";

let google: Awaited<ReturnType<typeof startGoogleOAuthMock>>;
beforeAll(async () => {
  google = await startGoogleOAuthMock();
});
afterAll(() => google.stop());

/** The authorization-code + PKCE round trip the app's Google strategy makes, as the given person. */
async function signInAs(identity: MockGoogleIdentity): Promise<unknown> {
  const verifier = randomBytes(32).toString("base64url");
  const redirectUri = "http://localhost/auth/google/callback";
  const authorize = new URL(google.authorizationUrl);
  authorize.search = new URLSearchParams({
    response_type: "code",
    client_id: "numerai-test",
    redirect_uri: redirectUri,
    scope: "openid email profile",
    state: "state",
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
  }).toString();
  const redirect = await fetch(authorize, {
    redirect: "manual",
    headers: { Cookie: `${IDENTITY_COOKIE}=${encodeURIComponent(JSON.stringify(identity))}` },
  });
  const code = new URL(redirect.headers.get("location")!).searchParams.get("code")!;
  const token = await fetch(google.tokenUrl, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Authorization: `Basic ${Buffer.from("numerai-test:secret").toString("base64")}`,
    },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    }),
  });
  const { access_token } = (await token.json()) as { access_token: string };
  return (await fetch(google.userinfoUrl, { headers: { Authorization: `Bearer ${access_token}` } })).json();
}

describe("the local Google stand-in", () => {
  it("keeps people who sign in at the same moment apart", async () => {
    const people = Array.from({ length: 6 }, (_, i) => ({
      sub: `sub-${i}`,
      email: `person${i}@example.com`,
      name: `Person ${i}`,
      email_verified: i % 2 === 0,
    }));
    const seen = await Promise.all(people.map(signInAs));
    expect(seen).toEqual(people);
  });
});
