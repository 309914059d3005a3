import { createHash } from "node:crypto";
import { NOTIFICATION_TYPES } from "~/notifications/types";
import { linkMail, sendMail } from "~/server/mail/mail.server";
import { absoluteUrl, publicOrigin } from "~/server/http/origin.server";
import type { DeliveryContext } from "~/server/outbox/outbox.server";
import { getUserById } from "~/server/accounts/users.server";
import type { EmailPayload } from "./messages";

/** A notification by email, with a Message-ID derived from the outbox key (the same on a resend). */
export async function deliverNotificationEmail(payload: EmailPayload, { key }: DeliveryContext): Promise<void> {
  const user = await getUserById(payload.userId);
  if (!user) return; // purged since it was queued
  const id = createHash("sha256").update(key).digest("hex").slice(0, 32);
  const mail = linkMail({
    to: user.email,
    name: user.name,
    subject: payload.title,
    intro: payload.body,
    action: "Open NumerAI",
    url: absoluteUrl(payload.url),
    footnote: `You get ${NOTIFICATION_TYPES[payload.type].label.toLowerCase()} emails because they are on in your notification settings: ${absoluteUrl("/settings/notifications")}`,
  });
  await sendMail({ ...mail, messageId: `<${id}@${new URL(publicOrigin()).hostname}>` });
}
