import { addDays } from "~/lib/dates/calendar";
import { instantAt, localDate } from "./local-time";

/**
 * When a user's daily reading is due, worked out from their zone, chosen time and the last local date
 * one was sent for. Pure. A reading goes out once per local day: at the chosen time, or later that same
 * local day if the server was down (catch-up); a day that has ended without one is not made up for.
 */
export interface DailyPlan {
  /** The local date to send today's reading for now, or null. */
  sendFor: string | null;
  /** When to look at this user again. */
  nextDueAt: number;
}

export function planDailyReading(
  user: { timeZone: string; dailyTime: string; lastDate: string | null },
  now: number,
): DailyPlan {
  const today = localDate(now, user.timeZone);
  const tomorrowAt = () => instantAt(addDays(today, 1), user.dailyTime, user.timeZone);
  // A later zone can make "today" earlier than the last date sent: wait until a new day comes.
  if (user.lastDate !== null && user.lastDate >= today) return { sendFor: null, nextDueAt: tomorrowAt() };
  const dueToday = instantAt(today, user.dailyTime, user.timeZone);
  if (now < dueToday) return { sendFor: null, nextDueAt: dueToday };
  return { sendFor: today, nextDueAt: tomorrowAt() };
}
