import type { User } from "~/server/db/db-schema";
import { getDb } from "~/server/db/db.server";
import { readFlash, type Flash } from "~/server/session/flash.server";
import { hashPassword } from "~/server/accounts/password.server";
import { startSession } from "~/server/session/session.server";
import { createUser, updateUser } from "~/server/accounts/users.server";
import { cookiesFrom, getRequest, testContext } from "../../support/test-app";

export const PASSWORD = "amber-lighthouse-quartz-58";

/** The arguments Remix hands a loader or action. */
export const args = (request: Request, ip = "127.0.0.1") => ({ request, context: testContext(ip), params: {} });

let passwordHash: Promise<string> | undefined;

/** An onboarded account made by the app's own services; `google` makes it Google-only (no password). */
export async function makeUser(email: string, options: { google?: string } = {}): Promise<User> {
  const user = await createUser({
    email,
    name: "Priya",
    passwordHash: options.google ? null : await (passwordHash ??= hashPassword(PASSWORD)),
    googleSub: options.google ?? null,
    emailVerified: true,
  });
  if (!user) throw new Error(`couldn't create ${email}`);
  await updateUser(user.id, { birth_name: "Priya Ramanathan", birth_date: "1988-03-14", timezone: "Europe/Paris" });
  return (await getDb().selectFrom("users").selectAll().where("id", "=", user.id).executeTakeFirstOrThrow()) as User;
}

/** A signed-in browser for the user: the `name=value` cookie pair. */
export async function signedIn(
  userId: string,
  userAgent = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) Safari/605.1.15",
): Promise<string> {
  const request = new Request("http://localhost/login", { method: "POST", headers: { "User-Agent": userAgent } });
  return (await startSession(userId, request, testContext("203.0.113.20"))).split(";")[0];
}

export async function flashOf(response: Response | undefined): Promise<Flash | null> {
  if (!response) return null;
  return (await readFlash(getRequest("/", cookiesFrom(response)))).flash;
}

export function fieldErrors(data: unknown): Record<string, string[] | null | undefined> {
  const result = (data as { result?: { error?: Record<string, string[] | null> } } | undefined)?.result;
  if (!result?.error) throw new Error(`no form errors in ${JSON.stringify(data)}`);
  return result.error;
}

export async function eventTypes(userId: string): Promise<string[]> {
  const rows = await getDb()
    .selectFrom("security_events")
    .select("type")
    .where("user_id", "=", userId)
    .orderBy("id")
    .execute();
  return rows.map((r) => r.type);
}

export const FAR_FUTURE = Date.UTC(2100, 0, 1);
