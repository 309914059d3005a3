import { randomBytes } from "node:crypto";
import type { AppLoadContext } from "@remix-run/node";
import type { User } from "~/server/db/db-schema";
import { queueAccountEmail } from "./account-mail.server";
import { startLoginAttempt } from "./login-throttle.server";
import { hashPassword, verifyPassword } from "./password.server";
import { hitRateLimit } from "~/server/http/rate-limit.server";
import { recordSecurityEvent } from "./security-log.server";
import { createUser, findUserByEmail, normalizeEmail } from "./users.server";

type Ctx = Pick<AppLoadContext, "ip">;

const SIGNUP_ATTEMPT_MAILS_PER_HOUR = 3;

/**
 * Sign-up answers the same whether or not the email is taken, so it can't be used to find accounts: a new
 * account gets its confirmation mail, an existing one's owner is told someone tried (at most a few times an
 * hour). Both paths hash the password, so they take the same time; no session is started either way.
 */
export async function signUp(
  input: { name: string; email: string; password: string },
  request: Request,
  context: Ctx,
): Promise<void> {
  const user = await createUser({ ...input, passwordHash: await hashPassword(input.password) });
  if (user) {
    await recordSecurityEvent(user.id, "signup", request, context);
    await queueAccountEmail(user.id, "verify-email");
    return;
  }
  const owner = await findUserByEmail(input.email);
  const notice = await hitRateLimit(
    `signup-attempt:${normalizeEmail(input.email)}`,
    SIGNUP_ATTEMPT_MAILS_PER_HOUR,
    60 * 60_000,
  );
  if (owner && notice.allowed) await queueAccountEmail(owner.id, "signup-attempt");
}

export type LoginResult =
  { ok: true; user: User } | { ok: false; status: 400 | 429; message: string; retryAfterSeconds?: number };

let decoy: Promise<string> | undefined;
const decoyHash = () => (decoy ??= hashPassword(randomBytes(16).toString("hex")));

const INVALID = "That email and password don't match an account.";

export async function logIn(
  input: { email: string; password: string },
  request: Request,
  context: Ctx,
): Promise<LoginResult> {
  const attempt = await startLoginAttempt(input.email, context.ip);
  if (!attempt.allowed) {
    const minutes = Math.max(1, Math.ceil(attempt.retryAfterSeconds / 60));
    return {
      ok: false,
      status: 429,
      retryAfterSeconds: attempt.retryAfterSeconds,
      message: `Too many failed attempts. Please wait ${minutes} minute${minutes === 1 ? "" : "s"}, or reset your password by email to unlock your account now.`,
    };
  }
  const user = await findUserByEmail(input.email);
  // Unknown emails cost a hash too, so response time doesn't reveal which addresses have accounts.
  const valid = await verifyPassword(input.password, user?.password_hash ?? (await decoyHash()));
  if (!user || !user.password_hash || !valid) {
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
  await attempt.succeeded();
  // A deactivated account isn't signed in (the caller offers to restore it), so this is no sign-in yet.
  if (user.deactivated_at === null) await recordSecurityEvent(user.id, "login.success", request, context, "password");
  return { ok: true, user };
}
