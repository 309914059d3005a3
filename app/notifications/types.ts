/**
 * The notification types and channels: the one list that preferences, forms, the centre's filter, push
 * options and the database's values all derive from. Pure (no I/O).
 */

export const NOTIFICATION_CHANNELS = ["in_app", "push", "email"] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const CHANNEL_LABELS: Record<NotificationChannel, string> = {
  in_app: "In the app",
  push: "Push",
  email: "Email",
};

export interface NotificationTypeInfo {
  label: string;
  description: string;
  /** Channels on until the user says otherwise. */
  defaults: Record<NotificationChannel, boolean>;
  /** How long a push service keeps an undelivered message, and how eagerly it wakes the device. */
  push: { ttlSeconds: number; urgency: "very-low" | "low" | "normal" | "high" };
  /** Security notices reach people at once; everything else waits for quiet hours to end. */
  waitsForQuietHours: boolean;
}

const HOUR = 60 * 60;
const on = { in_app: true, push: true, email: true };
const noMail = { in_app: true, push: true, email: false };

export const NOTIFICATION_TYPES = {
  daily_reading: {
    label: "Daily reading",
    description: "Today's reading at the time you choose.",
    defaults: noMail,
    push: { ttlSeconds: 12 * HOUR, urgency: "normal" },
    waitsForQuietHours: true,
  },
  security: {
    label: "Security",
    description: "New sign-ins, password changes, deletion scheduled.",
    defaults: on,
    push: { ttlSeconds: 24 * HOUR, urgency: "high" },
    waitsForQuietHours: false,
  },
  account: {
    label: "Account",
    description: "Welcome and email confirmation.",
    defaults: noMail,
    push: { ttlSeconds: 24 * HOUR, urgency: "low" },
    waitsForQuietHours: true,
  },
  billing: {
    label: "Billing",
    description: "Payments that failed, renewals and refunds.",
    defaults: on,
    push: { ttlSeconds: 48 * HOUR, urgency: "normal" },
    waitsForQuietHours: true,
  },
  remedy_reminder: {
    label: "Remedy reminders",
    description: "A nudge to practise the remedies you track.",
    defaults: noMail,
    push: { ttlSeconds: 6 * HOUR, urgency: "low" },
    waitsForQuietHours: true,
  },
  consultation: {
    label: "Consultations",
    description: "News about consultations you booked.",
    defaults: on,
    push: { ttlSeconds: 24 * HOUR, urgency: "normal" },
    waitsForQuietHours: true,
  },
} as const satisfies Record<string, NotificationTypeInfo>;

export type NotificationType = keyof typeof NOTIFICATION_TYPES;
export const NOTIFICATION_TYPE_NAMES = Object.keys(NOTIFICATION_TYPES) as [NotificationType, ...NotificationType[]];

export function isNotificationType(value: unknown): value is NotificationType {
  return typeof value === "string" && Object.hasOwn(NOTIFICATION_TYPES, value);
}

/** "3 unread notifications": the badge's and the centre's accessible wording. */
export function unreadLabel(count: number): string {
  return count === 0 ? "No unread notifications" : `${count} unread notification${count === 1 ? "" : "s"}`;
}
