import { dateInTimeZone } from "~/lib/dates/local-dates";
import type { User } from "~/server/db/db-schema";
import { entitlementsFor } from "../billing/entitlements.server";
import { getEnv } from "~/server/config/env.server";
import { hitRateLimit, peekRateLimit } from "~/server/http/rate-limit.server";

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** The first instant of the next local day in `timeZone` (DST-safe: found by looking, not by offset sums). */
export function nextLocalMidnight(timeZone: string, now: Date): Date {
  const today = dateInTimeZone(timeZone, now);
  let after = now.getTime();
  while (dateInTimeZone(timeZone, new Date(after)) === today) after += HOUR;
  let before = after - HOUR;
  while (after - before > MINUTE) {
    const middle = before + Math.floor((after - before) / 2);
    if (dateInTimeZone(timeZone, new Date(middle)) === today) before = middle;
    else after = middle;
  }
  // Midnight falls on a whole minute in every zone in use.
  return new Date(Math.ceil(after / MINUTE) * MINUTE);
}

/** Keys end with the user id, as every per-account key does, so the purge finds them. */
const dayKey = (user: Pick<User, "id" | "timezone">, now: Date) =>
  `ai-day:${dateInTimeZone(user.timezone ?? "UTC", now)}:${user.id}`;

function inHours(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / MINUTE));
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.round(minutes / 60);
  return `about ${hours} hour${hours === 1 ? "" : "s"}`;
}

/** Counts one message against the per-minute and per-day limits; a message for the person when over. */
export async function hitChatLimits(user: Pick<User, "id" | "timezone">, now = new Date()): Promise<string | null> {
  const perMinute = getEnv().RATE_LIMIT_AI_PER_MINUTE;
  const minute = await hitRateLimit(`ai-minute:${user.id}`, perMinute, MINUTE);
  if (!minute.allowed)
    return `That's a lot of questions at once: up to ${perMinute} a minute. Please wait ${minute.retryAfterSeconds} seconds and ask again.`;
  const { aiMessagesPerDay } = await entitlementsFor(user.id);
  const timeZone = user.timezone ?? "UTC";
  const reset = nextLocalMidnight(timeZone, now);
  const day = await hitRateLimit(dayKey(user, now), aiMessagesPerDay, reset.getTime() - now.getTime());
  if (day.allowed) return null;
  return `You've used today's ${aiMessagesPerDay} messages with the guide. They reset at midnight your time (00:00 ${timeZone}), in ${inHours(reset.getTime() - now.getTime())}.`;
}

/** Messages left today, for the conversation page. */
export async function messagesLeftToday(user: Pick<User, "id" | "timezone">, now = new Date()): Promise<number> {
  const { aiMessagesPerDay } = await entitlementsFor(user.id);
  const { count } = await peekRateLimit(dayKey(user, now));
  return Math.max(0, aiMessagesPerDay - count);
}
