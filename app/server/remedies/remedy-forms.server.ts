/**
 * The remedies pages' forms: track (on /remedies) and, on a tracking's page, check in, set or clear a
 * reminder, and stop. Another user's tracking is a 404; bad input comes back next to its field with 400.
 */
import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "@remix-run/node";
import { checkInSchema, reminderSchema, trackSchema } from "~/forms/remedies";
import { formatLongDate } from "~/lib/dates/local-dates";
import type { User } from "../db/db-schema";
import { entitlementsFor } from "../billing/entitlements.server";
import { invariantResponse, redirectWithFlash } from "../http/http.server";
import { todayFor } from "../readings/readings.server";
import { checkInDates } from "./progress.server";
import { ownRemedy, trackingLimitMessage } from "./remedies.server";
import { formatDays, nextReminder, parseDays } from "./reminder-schedule";
import { getTracking, saveReminder, startTracking, stopTracking, upsertCheckIn } from "./store.server";

const zoneOf = (user: User) => user.timezone ?? "UTC";

export const trackingPath = (id: string) => `/remedies/tracking/${id}`;

/** Track a remedy the user's chart calls for, within the plan's limit. */
export async function trackAction(user: User, form: FormData) {
  const parsed = trackSchema.safeParse({ remedyId: form.get("remedyId") ?? undefined });
  const remedyId = parsed.success ? parsed.data.remedyId : String(form.get("remedyId") ?? "");
  const remedy = parsed.success ? await ownRemedy(user, remedyId) : null;
  if (!remedy) return data({ trackError: { remedyId, message: "That isn't one of your remedies." } }, { status: 400 });
  const { trackedRemedies: limit } = await entitlementsFor(user.id);
  const outcome = await startTracking(user.id, remedy.id, todayFor(user), limit);
  if (!outcome.ok)
    return data({ trackError: { remedyId, message: trackingLimitMessage(limit ?? 0) } }, { status: 403 });
  const { tracking } = outcome;
  if (outcome.resumed && tracking.reminder_time) {
    const rule = { time: tracking.reminder_time, days: parseDays(tracking.reminder_days), timeZone: zoneOf(user) };
    const next = nextReminder(rule, Date.now());
    await saveReminder(user.id, tracking.id, {
      time: rule.time,
      days: tracking.reminder_days,
      nextAt: next?.at ?? null,
    });
  }
  const message = outcome.resumed ? `Tracking "${remedy.title}" again.` : `Tracking "${remedy.title}".`;
  return redirectWithFlash(trackingPath(tracking.id), { kind: "success", message });
}

/** The tracking page's forms, told apart by `intent`; each reply names its form so only that form shows it. */
export async function trackingAction(user: User, id: string, form: FormData, now = new Date()) {
  const tracking = await getTracking(user.id, id);
  invariantResponse(tracking, "Remedy not found");
  const intent = form.get("intent");

  if (intent === "stop") {
    await stopTracking(user.id, id);
    return redirectWithFlash(trackingPath(id), { kind: "success", message: "Stopped. Your history is kept." });
  }

  if (intent === "check-in") {
    const dates = checkInDates(todayFor(user, now));
    const submission = parseWithZod(form, { schema: checkInSchema(dates) });
    if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
    if (tracking.stopped_at !== null)
      return data(
        { intent, result: submission.reply({ formErrors: ["This remedy is stopped. Track it again to check in."] }) },
        { status: 409 },
      );
    const v = submission.value;
    await upsertCheckIn(id, {
      date: v.date,
      done: v.done === "yes",
      rating: v.rating ?? null,
      moodBefore: v.moodBefore ?? null,
      moodAfter: v.moodAfter ?? null,
      note: v.note || null,
    });
    return redirectWithFlash(`${trackingPath(id)}?date=${v.date}`, {
      kind: "success",
      message: `Checked in for ${formatLongDate(v.date)}.`,
    });
  }

  if (intent === "reminder") {
    const submission = parseWithZod(form, { schema: reminderSchema });
    if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
    const { time, days } = submission.value;
    const next =
      tracking.stopped_at === null ? nextReminder({ time, days, timeZone: zoneOf(user) }, now.getTime()) : null;
    await saveReminder(user.id, id, { time, days: formatDays(days), nextAt: next?.at ?? null });
    return redirectWithFlash(trackingPath(id), { kind: "success", message: "Reminder saved." });
  }

  if (intent === "reminder-off") {
    await saveReminder(user.id, id, { time: null, days: null, nextAt: null });
    return redirectWithFlash(trackingPath(id), { kind: "success", message: "Reminder turned off." });
  }

  return data({ intent: null, error: "Unknown action." }, { status: 400 });
}
