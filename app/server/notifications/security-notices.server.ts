import { describeDevice } from "~/lib/text/user-agent";
import type { NotificationType } from "~/notifications/types";
import { getLogger } from "~/server/config/logger.server";
import type { SecurityEventType } from "~/server/accounts/security-log.server";
import { notify } from "./notify.server";

interface Notice {
  type: Extract<NotificationType, "security" | "account">;
  title: string;
  body: (device: string) => string;
  url: string;
}

const CHECK = "If this wasn't you, change your password and sign out your other sessions.";

/** Which account events people hear about, and what they are told. */
const NOTICES: Partial<Record<SecurityEventType, Notice>> = {
  signup: {
    type: "account",
    title: "Welcome to NumerAI",
    body: () => "Add your birth name and date to see your numbers and get a reading every day.",
    url: "/dashboard",
  },
  "email.verified": {
    type: "account",
    title: "Your email is confirmed",
    body: () => "We'll write to this address about your account.",
    url: "/settings/profile",
  },
  "login.success": {
    type: "security",
    title: "New sign-in to your account",
    body: (device) => `Signed in on ${device}. ${CHECK}`,
    url: "/settings/sessions",
  },
  "google.linked": {
    type: "security",
    title: "Google sign-in added",
    body: () => `You can now sign in with Google. ${CHECK}`,
    url: "/settings/security",
  },
  "password.changed": {
    type: "security",
    title: "Your password was changed",
    body: () => `Your other sessions were signed out. ${CHECK}`,
    url: "/settings/security",
  },
  "password.reset": {
    type: "security",
    title: "Your password was reset",
    body: () => `Someone chose a new password with a reset link sent to your email. ${CHECK}`,
    url: "/settings/security",
  },
  "deletion.requested": {
    type: "security",
    title: "Your account is scheduled for deletion",
    body: () => "It will be deleted for good in 30 days. Log in before then to keep it.",
    url: "/restore-account",
  },
};

/** Tells the user about an account event through notify(); a failure is logged, never the request's. */
export async function noticeSecurityEvent(userId: string, event: SecurityEventType, userAgent: string | null) {
  const notice = NOTICES[event];
  if (!notice) return;
  try {
    await notify(userId, notice.type, {
      title: notice.title,
      body: notice.body(describeDevice(userAgent)),
      url: notice.url,
    });
  } catch (error) {
    getLogger().error({ err: error, userId, event }, "account notice failed");
  }
}
