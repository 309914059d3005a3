import { getDb } from "~/server/db/db.server";

/** What operators see of work the outbox set aside (`npm run outbox`), newest first. */
export async function listDeadLetters(limit = 50) {
  return getDb()
    .selectFrom("outbox")
    .select(["id", "kind", "user_id", "attempts", "last_error", "created_at", "updated_at"])
    .where("status", "=", "dead")
    .orderBy("updated_at", "desc")
    .limit(limit)
    .execute();
}

/** Puts a dead row back in the queue with fresh attempts (after the cause is fixed); false if no such dead row. */
export async function requeueDeadLetter(id: number, now = Date.now()): Promise<boolean> {
  const result = await getDb()
    .updateTable("outbox")
    .set({ status: "pending", attempts: 0, next_attempt_at: now, updated_at: now })
    .where("id", "=", id)
    .where("status", "=", "dead")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
