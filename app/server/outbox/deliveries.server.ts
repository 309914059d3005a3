import { ACCOUNT_EMAIL_KIND, accountEmailPayload, deliverAccountEmail } from "~/server/accounts/account-mail.server";
import { deliverNotificationEmail } from "~/server/notifications/email-delivery.server";
import { EMAIL_KIND, emailPayload, PUSH_KIND, pushPayload } from "~/server/notifications/messages";
import { deliverPush } from "~/server/notifications/push-delivery.server";
import type { Deliveries } from "./outbox.server";

/** Every kind of outbox work and who does it: the one list the worker reads. */
export const deliveries = {
  [ACCOUNT_EMAIL_KIND]: { schema: accountEmailPayload, deliver: deliverAccountEmail },
  [EMAIL_KIND]: { schema: emailPayload, deliver: deliverNotificationEmail },
  [PUSH_KIND]: { schema: pushPayload, deliver: deliverPush },
} satisfies Deliveries;
