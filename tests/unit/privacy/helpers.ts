import { getDb } from "~/server/db/db.server";
import { readFlash, type Flash } from "~/server/session/flash.server";
import { cookiesFrom, getRequest } from "../../support/test-app";

export const PASSWORD = "amber-lighthouse-quartz-58";

export async function flashOf(response: Response | undefined): Promise<Flash | null> {
  if (!response) return null;
  return (await readFlash(getRequest("/", cookiesFrom(response)))).flash;
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
