import type { NotificationType } from "~/notifications/types";
import type { NotificationRow } from "~/server/db/db-schema";
import { getDb } from "~/server/db/db.server";
import { preparedQuery } from "~/server/db/prepared-query.server";
import { publishUnreadChange } from "./live.server";

/** The notification centre's reads and writes; every one is scoped to its owner. */

export const PAGE_SIZE = 20;

export interface CentreQuery {
  type: NotificationType | null;
  page: number;
}

export interface CentrePage {
  items: Array<Pick<NotificationRow, "id" | "type" | "title" | "body" | "url" | "created_at" | "read_at">>;
  total: number;
  unread: number;
  pages: number;
}

const owned = (userId: string, type: NotificationType | null) => {
  let query = getDb().selectFrom("notifications").where("user_id", "=", userId);
  if (type) query = query.where("type", "=", type);
  return query;
};

const unreadRows = preparedQuery((db, userId: string) =>
  db
    .selectFrom("notifications")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("read_at", "is", null),
);

export async function unreadCount(userId: string): Promise<number> {
  const [row] = await unreadRows(userId);
  return Number(row.n);
}

/** Newest first, PAGE_SIZE a page. */
export async function listNotifications(userId: string, { type, page }: CentreQuery): Promise<CentrePage> {
  const [items, counts, unread] = await Promise.all([
    owned(userId, type)
      .select(["id", "type", "title", "body", "url", "created_at", "read_at"])
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE)
      .execute(),
    owned(userId, type)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow(),
    unreadCount(userId),
  ]);
  const total = Number(counts.n);
  return { items, total, unread, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

const changed = (userId: string, rows: bigint | undefined) => {
  if (rows) publishUnreadChange(userId);
  return Number(rows ?? 0n);
};

/** False when there is no such notification of this user's (so the route answers 404). */
export async function markRead(userId: string, id: string, now = Date.now()): Promise<boolean> {
  const row = await getDb()
    .updateTable("notifications")
    .set((eb) => ({ read_at: eb.fn.coalesce("read_at", eb.val(now)) }))
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return changed(userId, row.numUpdatedRows) > 0;
}

export async function markAllRead(userId: string, type: NotificationType | null, now = Date.now()): Promise<number> {
  let query = getDb()
    .updateTable("notifications")
    .set({ read_at: now })
    .where("user_id", "=", userId)
    .where("read_at", "is", null);
  if (type) query = query.where("type", "=", type);
  return changed(userId, (await query.executeTakeFirst()).numUpdatedRows);
}

export async function deleteNotification(userId: string, id: string): Promise<boolean> {
  const row = await getDb()
    .deleteFrom("notifications")
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return changed(userId, row.numDeletedRows) > 0;
}

export async function clearRead(userId: string, type: NotificationType | null): Promise<number> {
  let query = getDb().deleteFrom("notifications").where("user_id", "=", userId).where("read_at", "is not", null);
  if (type) query = query.where("type", "=", type);
  return Number((await query.executeTakeFirst()).numDeletedRows);
}
