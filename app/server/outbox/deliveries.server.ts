import { ACCOUNT_EMAIL_KIND, accountEmailPayload, deliverAccountEmail } from "~/server/accounts/account-mail.server";
import type { Deliveries } from "./outbox.server";

/** Every kind of outbox work and who does it: the one list the worker reads. */
export const deliveries = {
  [ACCOUNT_EMAIL_KIND]: { schema: accountEmailPayload, deliver: deliverAccountEmail },
} satisfies Deliveries;
