import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "~/server/db/db-schema";

/**
 * Named leases in the database, so a background job runs in one process at a time however many
 * processes share the database. A lease lapses by itself if its holder dies, letting another take over.
 */

export const newHolder = () => `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;

/** Takes the named lease if it is free, expired, or already ours: one statement, so two processes can't both win. */
export async function acquireLease(
  db: Kysely<Database>,
  name: string,
  holder: string,
  now: number,
  ttlMs: number,
): Promise<boolean> {
  const row = await db
    .insertInto("job_leases")
    .values({ name, holder, expires_at: now + ttlMs })
    .onConflict((oc) =>
      oc
        .column("name")
        .doUpdateSet({ holder, expires_at: now + ttlMs })
        .where((eb) => eb.or([eb("job_leases.expires_at", "<=", now), eb("job_leases.holder", "=", holder)])),
    )
    .returning("holder")
    .executeTakeFirst();
  return row?.holder === holder;
}

export async function releaseLease(db: Kysely<Database>, name: string, holder: string): Promise<void> {
  await db.deleteFrom("job_leases").where("name", "=", name).where("holder", "=", holder).execute();
}
