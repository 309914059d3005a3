import type { BillingInterval, PaidPlanId } from "~/billing/plans";
import type { Generated, Insertable, Selectable, Updateable } from "kysely";
import type { ChatMessageStatus, ChatRole } from "~/forms/chat";
import type { Mood } from "~/forms/remedies";
import type { NotificationChannel, NotificationType } from "~/notifications/types";
import type { Gender, LifePathMethod, NameMethod, NumberSystem, YMode } from "~/numerology";
import type { PersonRelation } from "~/people/relations";

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  google_sub: string | null;
  email_verified_at: number | null;
  birth_name: string | null;
  birth_date: string | null;
  timezone: string | null;
  created_at: number;
  updated_at: number;
  /** Set when the owner asked to delete the account; it is then purged when its grace period ends. */
  deactivated_at: number | null;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
  ip: string | null;
  user_agent: string | null;
}

export type TokenPurpose = "verify-email" | "reset-password";

export interface UserTokensTable {
  token_hash: string;
  user_id: string;
  purpose: TokenPurpose;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

export interface RateLimitsTable {
  key: string;
  count: number;
  reset_at: number;
}

export interface SecurityEventsTable {
  id: Generated<number>;
  user_id: string;
  type: string;
  created_at: number;
  ip: string | null;
  user_agent: string | null;
  detail: string | null;
}

export type AccountDeletionStatus = "scheduled" | "purging";

export interface AccountDeletionsTable {
  user_id: string;
  requested_at: number;
  purge_after: number;
  status: AccountDeletionStatus;
  /** JSON array of the tables the purge has emptied so far (progress, for resuming and for operators). */
  tables_done: Generated<string>;
  updated_at: number;
}

export interface JobLeasesTable {
  name: string;
  holder: string;
  expires_at: number;
}

/** What outlives a deleted account: a count per UTC day, nothing personal. */
export interface DeletionStatsTable {
  day: string;
  deletions: number;
}

export type { PersonRelation };
export type PersonGender = Gender;

/** Someone in a user's life (migration 0003). */
export interface PeopleTable {
  id: string;
  user_id: string;
  name: string;
  birth_name: string;
  birth_date: string;
  gender: PersonGender | null;
  relation: PersonRelation;
  created_at: number;
  updated_at: number;
}

/** A user's numerology options (migration 0003); no row means the engine's defaults. */
export interface UserPreferencesTable {
  user_id: string;
  system: NumberSystem;
  life_path_method: LifePathMethod;
  name_method: NameMethod;
  y_mode: YMode;
  /** A preset name (MASTER_PRESETS in app/numerology/option-values.ts); unknown names read as the default. */
  master_numbers: string;
  gender: PersonGender | null;
  updated_at: number;
}

/** A public, revocable view of a report (migration 0004). SQLite booleans are 0/1. */
export interface ShareLinksTable {
  id: string;
  user_id: string;
  token_hash: string;
  /** null: the owner's own report. */
  person_id: string | null;
  show_name: number;
  show_birth_date: number;
  created_at: number;
  revoked_at: number | null;
}

/** A conversation with the AI guide (migration 0005); person_id null: about the user. */
export interface ChatConversationsTable {
  id: string;
  user_id: string;
  person_id: string | null;
  title: string;
  created_at: number;
  updated_at: number;
}

/** One message of a conversation; `citations` is a JSON array of { label, href }. */
export interface ChatMessagesTable {
  id: string;
  conversation_id: string;
  role: ChatRole;
  text: string;
  citations: Generated<string>;
  status: ChatMessageStatus;
  created_at: number;
}

export const OUTBOX_STATUSES = ["pending", "sent", "dead"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** Work queued for the background worker (migration 0006); see app/server/outbox/. */
export interface OutboxTable {
  id: Generated<number>;
  kind: string;
  /** JSON, validated by the kind's schema when delivered. */
  payload: string;
  idempotency_id: string;
  user_id: string | null;
  status: OutboxStatus;
  attempts: Generated<number>;
  next_attempt_at: number;
  last_error: string | null;
  created_at: number;
  updated_at: number;
}

/** A remedy the user tracks (migration 0009); `stopped_at` set: stopped, history kept. */
export interface RemedyTrackingsTable {
  id: string;
  user_id: string;
  /** A catalogue id, e.g. "lo-shu-3" (app/server/remedies/selection.ts). */
  remedy_id: string;
  /** The user's local date when tracking (last) started. */
  started_on: string;
  stopped_at: number | null;
  /** "HH:MM" in the user's time zone. */
  reminder_time: string | null;
  /** Weekdays, 0 = Monday, comma-separated. */
  reminder_days: string | null;
  reminder_next_at: number | null;
  created_at: number;
  updated_at: number;
}

/** One check-in per tracking and local day (YYYY-MM-DD). SQLite booleans are 0/1. */
export interface RemedyCheckInsTable {
  tracking_id: string;
  date: string;
  done: number;
  rating: number | null;
  mood_before: Mood | null;
  mood_after: Mood | null;
  note: string | null;
  created_at: number;
  updated_at: number;
}

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

/** Billing (migration 0007): our copy of what Stripe holds, keyed by Stripe's ids. */
export interface BillingCustomersTable {
  user_id: string;
  stripe_customer_id: string;
  created_at: number;
}

export interface BillingSubscriptionsTable {
  id: string;
  user_id: string;
  plan: PaidPlanId;
  interval: BillingInterval;
  /** Stripe's status: active, trialing, past_due, canceled, incomplete, incomplete_expired, unpaid, paused. */
  status: string;
  cancel_at_period_end: number;
  period_end_at: number | null;
  ended_at: number | null;
  read_at: number;
  created_at: number;
  updated_at: number;
}

export interface BillingInvoicesTable {
  id: string;
  user_id: string;
  subscription_id: string | null;
  number: string | null;
  status: string;
  amount_due: number;
  amount_paid: number;
  currency: string;
  hosted_invoice_url: string | null;
  invoice_pdf: string | null;
  payment_intent_id: string | null;
  billing_reason: string | null;
  issued_at: number;
  read_at: number;
}

export interface BillingRefundsTable {
  id: string;
  user_id: string;
  invoice_id: string;
  amount: number;
  currency: string;
  reason: string | null;
  status: string;
  refunded_at: number;
}

export interface StripeEventsTable {
  id: string;
  type: string;
  processed_at: number;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  user_tokens: UserTokensTable;
  rate_limits: RateLimitsTable;
  security_events: SecurityEventsTable;
  account_deletions: AccountDeletionsTable;
  job_leases: JobLeasesTable;
  deletion_stats: DeletionStatsTable;
  people: PeopleTable;
  user_preferences: UserPreferencesTable;
  share_links: ShareLinksTable;
  chat_conversations: ChatConversationsTable;
  chat_messages: ChatMessagesTable;
  outbox: OutboxTable;
  remedy_trackings: RemedyTrackingsTable;
  remedy_check_ins: RemedyCheckInsTable;
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
  notification_settings: NotificationSettingsTable;
  push_subscriptions: PushSubscriptionsTable;
  billing_customers: BillingCustomersTable;
  billing_subscriptions: BillingSubscriptionsTable;
  billing_invoices: BillingInvoicesTable;
  billing_refunds: BillingRefundsTable;
  stripe_events: StripeEventsTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type Session = Selectable<SessionsTable>;
export type Person = Selectable<PeopleTable>;
export type UserPreferences = Selectable<UserPreferencesTable>;
export type ChatConversation = Selectable<ChatConversationsTable>;
export type ChatMessageRow = Selectable<ChatMessagesTable>;
export type RemedyTracking = Selectable<RemedyTrackingsTable>;
export type RemedyCheckIn = Selectable<RemedyCheckInsTable>;
export type NotificationRow = Selectable<NotificationsTable>;
export type PushSubscriptionRow = Selectable<PushSubscriptionsTable>;
