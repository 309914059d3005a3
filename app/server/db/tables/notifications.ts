import type { Generated } from "kysely";
import type { NotificationChannel, NotificationType } from "~/notifications/types";

/** An in-app notification (migration 0008); see app/server/notifications/. */
export interface NotificationsTable {
  id: string;
  user_id: string;
  type: NotificationType;
  title: string;
  body: string;
  /** A path in the app. */
  url: string;
  dedupe_id: string;
  created_at: number;
  read_at: number | null;
}

/** A channel the user turned on or off for a type; no row means the type's default. */
export interface NotificationPreferencesTable {
  user_id: string;
  type: NotificationType;
  channel: NotificationChannel;
  enabled: number;
}

export interface NotificationSettingsTable {
  user_id: string;
  /** "HH:MM" local time, both or neither. */
  quiet_start: string | null;
  quiet_end: string | null;
  daily_time: Generated<string>;
  daily_next_due_at: number | null;
  daily_last_date: string | null;
  updated_at: number;
}

export interface PushSubscriptionsTable {
  id: string;
  user_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  user_agent: string | null;
  created_at: number;
}

/** Notifications, their preferences and push subscriptions. */
export interface NotificationTables {
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
  notification_settings: NotificationSettingsTable;
  push_subscriptions: PushSubscriptionsTable;
}
