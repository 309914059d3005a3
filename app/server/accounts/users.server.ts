import { randomUUID } from "node:crypto";
import type { User, UserUpdate } from "~/server/db/db-schema";
import { getDb } from "~/server/db/db.server";
import { rescheduleDailyReading } from "~/server/notifications/preferences.server";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(email: string): Promise<User | undefined> {
  return getDb().selectFrom("users").selectAll().where("email", "=", normalizeEmail(email)).executeTakeFirst();
}

export async function findUserByGoogleSub(sub: string): Promise<User | undefined> {
  return getDb().selectFrom("users").selectAll().where("google_sub", "=", sub).executeTakeFirst();
}

export async function getUserById(id: string): Promise<User | undefined> {
  return getDb().selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

export interface NewAccount {
  email: string;
  name: string;
  passwordHash?: string | null;
  googleSub?: string | null;
  emailVerified?: boolean;
}

/** Returns null when the email is taken (the unique index decides, so two racing sign-ups cannot both win). */
export async function createUser(account: NewAccount): Promise<User | null> {
  const now = Date.now();
  const row = {
    id: randomUUID(),
    email: normalizeEmail(account.email),
    name: account.name.trim(),
    password_hash: account.passwordHash ?? null,
    google_sub: account.googleSub ?? null,
    email_verified_at: account.emailVerified ? now : null,
    birth_name: null,
    birth_date: null,
    timezone: null,
    created_at: now,
    updated_at: now,
    deactivated_at: null,
  };
  const inserted = await getDb()
    .insertInto("users")
    .values(row)
    .onConflict((oc) => oc.column("email").doNothing())
    .executeTakeFirst();
  return inserted.numInsertedOrUpdatedRows && inserted.numInsertedOrUpdatedRows > 0n ? row : null;
}

export async function updateUser(id: string, changes: Omit<UserUpdate, "id" | "created_at">): Promise<void> {
  await getDb()
    .updateTable("users")
    .set({ ...changes, updated_at: Date.now() })
    .where("id", "=", id)
    .execute();
  if (changes.timezone !== undefined || changes.birth_date !== undefined) await rescheduleDailyReading(id);
}

/**
 * False for an account scheduled for deletion (or gone): its share links, notifications and anything else
 * that reaches people on the owner's behalf must stay silent.
 */
export async function isAccountActive(userId: string): Promise<boolean> {
  const row = await getDb().selectFrom("users").select("deactivated_at").where("id", "=", userId).executeTakeFirst();
  return row !== undefined && row.deactivated_at === null;
}
