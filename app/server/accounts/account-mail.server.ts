import { z } from "zod";
import type { TokenPurpose } from "~/server/db/db-schema";
import { linkMail, sendMail } from "~/server/mail/mail.server";
import { absoluteUrl } from "~/server/http/origin.server";
import { enqueue } from "~/server/outbox/outbox.server";
import { issueUserToken } from "./tokens.server";
import { getUserById } from "./users.server";

/**
 * Account mail goes through the outbox: the request that asks for it replies without waiting on SMTP
 * (so timing can't tell an existing account from an unknown one), and a failed send is retried. The
 * link token is issued when the mail is sent, so the outbox never holds a usable token.
 */

export const ACCOUNT_EMAILS = ["verify-email", "reset-password", "signup-attempt"] as const;
export type AccountEmail = (typeof ACCOUNT_EMAILS)[number];

export const accountEmailPayload = z.object({ userId: z.string().min(1), email: z.enum(ACCOUNT_EMAILS) });

export const ACCOUNT_EMAIL_KIND = "account-email";

export async function queueAccountEmail(userId: string, email: AccountEmail): Promise<void> {
  await enqueue(ACCOUNT_EMAIL_KIND, { userId, email } satisfies z.infer<typeof accountEmailPayload>, { userId });
}

const linkTo = async (userId: string, purpose: TokenPurpose, path: string) =>
  absoluteUrl(`${path}?token=${await issueUserToken(userId, purpose)}`);

export async function deliverAccountEmail({ userId, email }: z.infer<typeof accountEmailPayload>): Promise<void> {
  // An account purged since the mail was queued has nobody left to write to.
  const user = await getUserById(userId);
  if (!user) return;
  const common = { to: user.email, name: user.name };
  switch (email) {
    case "verify-email":
      return sendMail(
        linkMail({
          ...common,
          subject: "Confirm your email for NumerAI",
          intro:
            "Thanks for joining NumerAI. Confirm this is your email address so we can reach you about your account.",
          action: "Confirm my email",
          url: await linkTo(user.id, "verify-email", "/verify-email"),
          footnote: "The link works for 7 days. If you didn't sign up, ignore this message.",
        }),
      );
    case "reset-password":
      return sendMail(
        linkMail({
          ...common,
          subject: "Reset your NumerAI password",
          intro: "Someone (hopefully you) asked to reset the password of your NumerAI account.",
          action: "Choose a new password",
          url: await linkTo(user.id, "reset-password", "/reset-password"),
          footnote:
            "The link works once, for 1 hour. If you didn't ask, ignore this message: your password stays the same.",
        }),
      );
    case "signup-attempt":
      return sendMail(
        linkMail({
          ...common,
          subject: "Someone tried to sign up to NumerAI with your email",
          intro:
            "Someone just tried to create a NumerAI account with this email address, which already has one. If it was you, log in as usual, or choose a new password with the link below.",
          action: "Choose a new password",
          url: await linkTo(user.id, "reset-password", "/reset-password"),
          footnote:
            "The link works once, for 1 hour. If it wasn't you, ignore this message: nobody can use your account without your password or this link.",
        }),
      );
  }
}
