import { z } from "zod";
import { NOTIFICATION_TYPE_NAMES } from "~/notifications/types";

/** What a notification says; `url` is a path in this app (absolute links are built from the origin). */
export const notificationMessage = z.object({
  title: z.string().trim().min(1).max(120),
  body: z.string().trim().max(1000),
  url: z
    .string()
    .max(500)
    .regex(/^\/(?!\/)/, "a path in the app, starting with a single /"),
});
export type NotificationMessage = z.infer<typeof notificationMessage>;

export const notificationTypeField = z.enum(NOTIFICATION_TYPE_NAMES);

/** The push message the service worker reads (public/sw.js): `id` lets a click mark it read. */
export const pushPayload = notificationMessage.extend({
  subscriptionId: z.string().min(1),
  notificationId: z.string().nullable(),
  type: notificationTypeField,
});
export type PushPayload = z.infer<typeof pushPayload>;

export const emailPayload = notificationMessage.extend({ userId: z.string().min(1), type: notificationTypeField });
export type EmailPayload = z.infer<typeof emailPayload>;

export const PUSH_KIND = "notification-push";
export const EMAIL_KIND = "notification-email";
