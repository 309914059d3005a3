/**
 * Progress across the user's tracked remedies (/remedies/progress) and one tracking's page
 * (/remedies/tracking/:id): streaks, rates and history, in the user's local days.
 */
import { CHECK_IN_DAYS_BACK, type Frequency } from "~/forms/remedy-lists";
import { addDays } from "~/lib/dates/calendar";
import type { RemedyCheckIn, RemedyTracking, User } from "../db/db-schema";
import { todayFor } from "../readings/readings.server";
import { heatmapWeeks, weeklySummary } from "./calendar-summary";
import { parseDays } from "./reminder-schedule";
import { remedyById } from "./selection";
import { getTracking, listCheckIns, listTrackings } from "./store.server";
import { averageRating, completionRate, currentStreak, longestStreak, type CheckInMark } from "./streaks";

const markOf = (c: RemedyCheckIn): CheckInMark => ({ date: c.date, done: c.done === 1, rating: c.rating });

/** The catalogue's words for a tracked remedy; an id the catalogue no longer has still shows, plainly. */
function describe(t: RemedyTracking) {
  const remedy = remedyById(t.remedy_id);
  return {
    title: remedy?.title ?? t.remedy_id,
    how: remedy?.how ?? null,
    answers: remedy?.answers ?? null,
    frequency: (remedy?.frequency ?? "daily") as Frequency,
  };
}

function stats(t: RemedyTracking, marks: CheckInMark[], today: string) {
  const { frequency } = describe(t);
  return {
    currentStreak: currentStreak(marks, today, frequency),
    longestStreak: longestStreak(marks, today, frequency),
    completion: completionRate(marks, today, t.started_on, frequency),
    averageRating: averageRating(marks, today, t.started_on),
  };
}

export async function progressPage(user: User, now = new Date()) {
  const today = todayFor(user, now);
  const [trackings, checkIns] = await Promise.all([listTrackings(user.id), listCheckIns(user.id)]);
  const doneDates = checkIns.filter((c) => c.done === 1).map((c) => c.date);
  return {
    today,
    remedies: trackings.map((t) => {
      const marks = checkIns.filter((c) => c.tracking_id === t.id).map(markOf);
      return { id: t.id, active: t.stopped_at === null, ...describe(t), ...stats(t, marks, today) };
    }),
    heatmap: heatmapWeeks(doneDates, today),
    summary: weeklySummary(doneDates, today),
  };
}

/** Today and the days before it that can still be checked in, newest first. */
export const checkInDates = (today: string): string[] =>
  Array.from({ length: CHECK_IN_DAYS_BACK + 1 }, (_, i) => addDays(today, -i));

/** One tracking with its history; `date` picks the check-in the form edits (today when missing or out of range). */
export async function trackingPage(user: User, id: string, date: string | null, now = new Date()) {
  const tracking = await getTracking(user.id, id);
  if (!tracking) return null;
  const today = todayFor(user, now);
  const checkIns = await listCheckIns(user.id, [tracking.id]);
  const dates = checkInDates(today);
  const selected = date && dates.includes(date) ? date : today;
  const current = checkIns.find((c) => c.date === selected);
  return {
    tracking: {
      id: tracking.id,
      active: tracking.stopped_at === null,
      startedOn: tracking.started_on,
      ...describe(tracking),
      ...stats(tracking, checkIns.map(markOf), today),
    },
    today,
    dates,
    selected,
    checkIn: {
      date: selected,
      done: current ? (current.done ? "yes" : "no") : "yes",
      rating: current?.rating ? String(current.rating) : "",
      moodBefore: current?.mood_before ?? "",
      moodAfter: current?.mood_after ?? "",
      note: current?.note ?? "",
    },
    history: checkIns.map((c) => ({ ...markOf(c), note: c.note, moodBefore: c.mood_before, moodAfter: c.mood_after })),
    reminder: {
      time: tracking.reminder_time,
      days: parseDays(tracking.reminder_days),
      timeZone: user.timezone ?? "UTC",
    },
  };
}
