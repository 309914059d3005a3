import type { Insertable, Selectable, Updateable } from "kysely";
import type { AccountTables, UsersTable, SessionsTable } from "./tables/accounts";
import type { PeopleTables, PeopleTable, UserPreferencesTable } from "./tables/people";
import type { ChatTables, ChatConversationsTable, ChatMessagesTable } from "./tables/chat";
import type { OutboxTables } from "./tables/outbox";
import type { RemedyTables, RemedyTrackingsTable, RemedyCheckInsTable } from "./tables/remedies";
import type { NotificationTables, NotificationsTable, PushSubscriptionsTable } from "./tables/notifications";
import type { BillingTables } from "./tables/billing";

export type * from "./tables/accounts";
export type * from "./tables/people";
export type * from "./tables/chat";
export type * from "./tables/outbox";
export type * from "./tables/remedies";
export type * from "./tables/notifications";
export type * from "./tables/billing";
export { OUTBOX_STATUSES } from "./tables/outbox";

/** Kysely's view of the whole schema: one table group per domain, in app/server/db/tables/. */
export interface Database
  extends AccountTables, PeopleTables, ChatTables, OutboxTables, RemedyTables, NotificationTables, BillingTables {}

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
