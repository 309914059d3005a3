/** Test data made through the app's own services, one way per kind: users, sessions, people, share links. */
import { hashPassword } from "~/server/accounts/password.server";
import { createUser, updateUser } from "~/server/accounts/users.server";
import type { User } from "~/server/db/db-schema";
import { getDb } from "~/server/db/db.server";
import { createPerson } from "~/server/people/people.server";
import { startSession } from "~/server/session/session.server";
import { createShareLink, type ShareLinkChoice } from "~/server/shares/share-links.server";
import { testContext } from "./test-app";

export interface UserOptions {
  email?: string;
  name?: string;
  birthName?: string;
  birthDate?: string;
  timezone?: string;
  /** Hashed once per distinct password (hashing is slow); none: a Google-only or passwordless account. */
  password?: string;
  google?: string;
}

let counter = 0;
const hashes = new Map<string, Promise<string>>();

/** An onboarded, verified account. */
export async function makeUser(options: UserOptions = {}): Promise<User> {
  const email = options.email ?? `user-${++counter}-${Date.now().toString(36)}@example.com`;
  const password = options.password;
  if (password && !hashes.has(password)) hashes.set(password, hashPassword(password));
  const user = await createUser({
    email,
    name: options.name ?? "Ada",
    passwordHash: password ? await hashes.get(password)! : null,
    googleSub: options.google ?? null,
    emailVerified: true,
  });
  if (!user) throw new Error(`couldn't create ${email}`);
  await updateUser(user.id, {
    birth_name: options.birthName ?? "Ada Lovelace Byron",
    birth_date: options.birthDate ?? "1815-12-10",
    timezone: options.timezone ?? "Europe/London",
  });
  return (await getDb().selectFrom("users").selectAll().where("id", "=", user.id).executeTakeFirstOrThrow()) as User;
}

/** A new signed-in browser for the user: the `name=value` session cookie pair to send. */
export async function signedInCookie(
  userId: string,
  userAgent = "Mozilla/5.0 (Test) Safari/605.1.15",
): Promise<string> {
  const request = new Request("http://localhost/login", { method: "POST", headers: { "User-Agent": userAgent } });
  return (await startSession(userId, request, testContext())).split(";")[0];
}

/** An onboarded account with a signed-in session. */
export async function signedInUser(options: UserOptions = {}): Promise<{ id: string; user: User; cookie: string }> {
  const user = await makeUser(options);
  return { id: user.id, user, cookie: await signedInCookie(user.id) };
}

export async function addPerson(
  ownerId: string,
  name = "Grace",
  birthName = "Grace Brewster Hopper",
  birthDate = "1906-12-09",
) {
  const person = await createPerson(ownerId, { name, birthName, birthDate, gender: "female", relation: "friend" }, 100);
  if (!person) throw new Error("person not created");
  return person;
}

export async function addShareLink(
  ownerId: string,
  choice: ShareLinkChoice = { personId: null, showName: false, showBirthDate: false },
) {
  const result = await createShareLink(ownerId, choice);
  if (!result.ok) throw new Error(`share link not created: ${result.reason}`);
  return result;
}

/** The types of a user's security events, oldest first. */
export async function eventTypes(userId: string): Promise<string[]> {
  const rows = await getDb()
    .selectFrom("security_events")
    .select("type")
    .where("user_id", "=", userId)
    .orderBy("id")
    .execute();
  return rows.map((r) => r.type);
}
