import { Authenticator } from "remix-auth";
import { CodeChallengeMethod, OAuth2Strategy } from "remix-auth-oauth2";
import { z } from "zod";
import type { User } from "~/server/db/db-schema";
import { getEnv } from "~/server/config/env.server";
import { absoluteUrl } from "~/server/http/origin.server";
import { revokeOtherSessions } from "~/server/session/session.server";
import { createUser, findUserByEmail, findUserByGoogleSub, updateUser } from "./users.server";

export interface GoogleSignIn {
  user: User;
  /** "linked" when an existing email account was joined to Google; "created" for a new account. */
  outcome: "existing" | "linked" | "created";
}

const userInfoSchema = z.object({
  sub: z.string().min(1),
  email: z.string().email(),
  email_verified: z.boolean().optional(),
  name: z.string().optional(),
});

export class GoogleAccountError extends Error {}

/**
 * Google sign-in as a plain OAuth2 code flow with PKCE. Endpoints come from config (Google's by
 * default) so tests run the real flow against a local OAuth2 server. remix-auth-google pins
 * remix-auth 3 and Google's hosts, hence this small strategy on remix-auth-oauth2 instead.
 */
export function createGoogleAuthenticator(options: { reauthUserId?: string } = {}): Authenticator<GoogleSignIn> {
  const env = getEnv();
  if (!env.googleEnabled) throw new Error("Google sign-in is not configured");
  const authenticator = new Authenticator<GoogleSignIn>();
  authenticator.use(
    new OAuth2Strategy<GoogleSignIn>(
      {
        clientId: env.GOOGLE_CLIENT_ID!,
        clientSecret: env.GOOGLE_CLIENT_SECRET!,
        authorizationEndpoint: env.GOOGLE_AUTHORIZATION_URL,
        tokenEndpoint: env.GOOGLE_TOKEN_URL,
        redirectURI: absoluteUrl("/auth/google/callback"),
        scopes: ["openid", "email", "profile"],
        codeChallengeMethod: CodeChallengeMethod.S256,
        cookie: {
          name: "__google_oauth",
          httpOnly: true,
          sameSite: "Lax",
          ...(env.NODE_ENV === "production" ? { secure: true as const } : {}),
          path: "/auth/google",
          maxAge: 600,
        },
      },
      async ({ tokens }) => {
        const response = await fetch(env.GOOGLE_USERINFO_URL, {
          headers: { Authorization: `Bearer ${tokens.accessToken()}` },
        });
        if (!response.ok) throw new GoogleAccountError("Google didn't share your profile. Please try again.");
        const info = userInfoSchema.safeParse(await response.json());
        if (!info.success) throw new GoogleAccountError("Google didn't share an email address for this account.");
        return options.reauthUserId
          ? confirmGoogleIdentity(info.data.sub, options.reauthUserId)
          : signInWithGoogle(info.data);
      },
    ),
    "google",
  );
  return authenticator;
}

/** Re-authentication: the Google account must be the one already linked to this user; nothing is created or linked. */
async function confirmGoogleIdentity(sub: string, userId: string): Promise<GoogleSignIn> {
  const user = await findUserByGoogleSub(sub);
  if (!user || user.id !== userId)
    throw new GoogleAccountError("That Google account isn't the one linked to your NumerAI account.");
  return { user, outcome: "existing" };
}

export async function signInWithGoogle(info: z.infer<typeof userInfoSchema>): Promise<GoogleSignIn> {
  const bySub = await findUserByGoogleSub(info.sub);
  if (bySub) return { user: bySub, outcome: "existing" };
  if (info.email_verified !== true) {
    throw new GoogleAccountError("Your Google email address isn't verified, so we can't use it to sign you in.");
  }
  const byEmail = await findUserByEmail(info.email);
  if (byEmail) {
    const verifiedAt = byEmail.email_verified_at ?? Date.now();
    // An unverified account may have been opened by someone else with this address: the real owner
    // proves it through Google, so that stranger's password and sessions stop working.
    const passwordHash = byEmail.email_verified_at ? byEmail.password_hash : null;
    await updateUser(byEmail.id, { google_sub: info.sub, email_verified_at: verifiedAt, password_hash: passwordHash });
    if (!byEmail.email_verified_at) await revokeOtherSessions(byEmail.id, null);
    return {
      user: { ...byEmail, google_sub: info.sub, email_verified_at: verifiedAt, password_hash: passwordHash },
      outcome: "linked",
    };
  }
  const created = await createUser({
    email: info.email,
    name: info.name?.trim() || info.email.split("@")[0],
    googleSub: info.sub,
    emailVerified: true,
  });
  if (!created) throw new GoogleAccountError("We couldn't create your account. Please try again.");
  return { user: created, outcome: "created" };
}
