import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { OAuth2Server } from "oauth2-mock-server";

export interface MockGoogleIdentity {
  sub: string;
  email: string;
  name: string;
  email_verified: boolean;
}

export const IDENTITY_COOKIE = "mock_google_identity";

function identityFromCookie(req: IncomingMessage): MockGoogleIdentity | null {
  const cookie = req.headers.cookie?.split(/;\s*/).find((c) => c.startsWith(`${IDENTITY_COOKIE}=`));
  if (!cookie) return null;
  return JSON.parse(decodeURIComponent(cookie.slice(IDENTITY_COOKIE.length + 1))) as MockGoogleIdentity;
}

/**
 * A real OAuth2 authorization server (authorization code + PKCE) standing in for Google. The
 * person "signing in" is chosen by a cookie the test sets on this server's origin, so parallel
 * tests each get their own Google account.
 */
export async function startGoogleOAuthMock() {
  const server = new OAuth2Server();
  await server.issuer.keys.generate("RS256");
  const identityByCode = new Map<string, MockGoogleIdentity>();
  const identityByToken = new Map<string, MockGoogleIdentity>();

  // Tokens are JWTs of second-resolution claims: two sign-ins in the same second would get the same
  // access token, and one test would be told the other's identity. A unique id keeps them apart.
  server.service.on("beforeTokenSigning", (token: { payload: Record<string, unknown> }) => {
    token.payload.jti = randomUUID();
  });
  server.service.on("beforeAuthorizeRedirect", (redirect: { url: URL }, req: IncomingMessage) => {
    const identity = identityFromCookie(req);
    const code = redirect.url.searchParams.get("code");
    if (identity && code) identityByCode.set(code, identity);
  });
  server.service.on(
    "beforeResponse",
    (response: { body: Record<string, unknown> }, req: IncomingMessage & { body?: Record<string, string> }) => {
      const identity = req.body?.code ? identityByCode.get(req.body.code) : undefined;
      if (identity && typeof response.body.access_token === "string")
        identityByToken.set(response.body.access_token, identity);
    },
  );
  server.service.on("beforeUserinfo", (response: { body: unknown; statusCode: number }, req: IncomingMessage) => {
    const token = req.headers.authorization?.replace(/^Bearer\s+/i, "") ?? "";
    const identity = identityByToken.get(token);
    if (identity) response.body = identity;
    else response.statusCode = 401;
  });

  await server.start(0, "127.0.0.1");
  const issuer = server.issuer.url!;
  return {
    issuer,
    authorizationUrl: `${issuer}/authorize`,
    tokenUrl: `${issuer}/token`,
    userinfoUrl: `${issuer}/userinfo`,
    stop: () => server.stop(),
  };
}
