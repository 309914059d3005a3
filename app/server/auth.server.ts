import { randomBytes } from "node:crypto";
import type { AppLoadContext } from "@remix-run/node";
import type { User } from "./db-schema";
import { getEnv } from "./env.server";
import { linkMail, sendMail } from "./mail.server";
import { hashPassword, verifyPassword } from "./password.server";
import { clearRateLimit, hitRateLimit, peekRateLimit, tooManyMessage } from "./rate-limit.server";
import { recordSecurityEvent } from "./security-log.server";
import { issueUserToken } from "./tokens.server";
import { createUser, findUserByEmail, normalizeEmail } from "./users.server";

type Ctx = Pick<AppLoadContext, "ip">;

export function appOrigin(request: Request): string {
  return getEnv().APP_URL?.replace(/\/$/, "") ?? new URL(request.url).origin;
}

export async function sendVerificationEmail(user: User, request: Request): Promise<void> {
  const token = await issueUserToken(user.id, "verify-email");
  await sendMail(
    linkMail({
      to: user.email,
      subject: "Confirm your email for NumerAI",
      name: user.name,
      intro: "Thanks for joining NumerAI. Confirm this is your email address so we can reach you about your account.",
      action: "Confirm my email",
      url: `${appOrigin(request)}/verify-email?token=${token}`,
      footnote: "The link works for 7 days. If you didn't sign up, ignore this message.",
    }),
  );
}

export async function sendPasswordResetEmail(user: User, request: Request): Promise<void> {
  const token = await issueUserToken(user.id, "reset-password");
  await sendMail(
    linkMail({
      to: user.email,
      subject: "Reset your NumerAI password",
      name: user.name,
      intro: "Someone (hopefully you) asked to reset the password of your NumerAI account.",
      action: "Choose a new password",
      url: `${appOrigin(request)}/reset-password?token=${token}`,
      footnote:
        "The link works once, for 1 hour. If you didn't ask, ignore this message: your password stays the same.",
    }),
  );
}

export type SignupResult = { ok: true; user: User } | { ok: false; field: "email"; message: string };

export async function signUp(
  input: { name: string; email: string; password: string },
  request: Request,
  context: Ctx,
): Promise<SignupResult> {
  const user = await createUser({ ...input, passwordHash: await hashPassword(input.password) });
  if (!user) {
    return { ok: false, field: "email", message: "An account with this email already exists. Log in instead?" };
  }
  await recordSecurityEvent(user.id, "signup", request, context);
  await sendVerificationEmail(user, request);
  return { ok: true, user };
}

export type LoginResult = { ok: true; user: User } | { ok: false; status: 400 | 429; message: string };

let decoy: Promise<string> | undefined;
const decoyHash = () => (decoy ??= hashPassword(randomBytes(16).toString("hex")));

const failureKey = (email: string) => `login-failures:${normalizeEmail(email)}`;
const INVALID = "That email and password don't match an account.";

/** Counts failures per account: past the limit every attempt is refused, right or wrong, until the window ends. */
export async function logIn(
  input: { email: string; password: string },
  request: Request,
  context: Ctx,
): Promise<LoginResult> {
  const env = getEnv();
  const key = failureKey(input.email);
  const failures = await peekRateLimit(key);
  if (failures.count >= env.RATE_LIMIT_LOGIN_FAILURES) {
    return { ok: false, status: 429, message: tooManyMessage(failures.retryAfterSeconds) };
  }
  const user = await findUserByEmail(input.email);
  // Unknown emails cost a hash too, so response time doesn't reveal which addresses have accounts.
  const valid = await verifyPassword(input.password, user?.password_hash ?? (await decoyHash()));
  const matched = Boolean(user?.password_hash) && valid;
  if (!user || !matched) {
    await hitRateLimit(key, env.RATE_LIMIT_LOGIN_FAILURES, env.RATE_LIMIT_WINDOW_MINUTES * 60_000);
    if (user) {
      await recordSecurityEvent(
        user.id,
        "login.failure",
        request,
        context,
        user.password_hash ? undefined : "no password set",
      );
    }
    const message = user && !user.password_hash ? "This account signs in with Google. Use the Google button." : INVALID;
    return { ok: false, status: 400, message };
  }
  await clearRateLimit(key);
  // A deactivated account isn't signed in (the caller offers to restore it), so this is no sign-in yet.
  if (user.deactivated_at === null) await recordSecurityEvent(user.id, "login.success", request, context, "password");
  return { ok: true, user };
}
