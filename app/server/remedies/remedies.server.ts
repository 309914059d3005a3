/**
 * What the remedies pages show: the remedies a chart gets, which of them are tracked, and the plan's
 * limit. Owner-scoped through the store.
 */
import type { User } from "../db/db-schema";
import { entitlementsFor } from "../billing/entitlements.server";
import {
  getPreferences,
  readProfile,
  subjectOfUser,
  todayFor,
  type Preferences,
  type Subject,
} from "../readings/readings.server";
import { selectRemedies, type PersonalRemedy } from "./selection";
import { listTrackings } from "./store.server";

export function trackingLimitMessage(limit: number): string {
  return `Your plan tracks up to ${limit} ${limit === 1 ? "remedy" : "remedies"} at a time. Stop one to track another, or move to a plan with more.`;
}

function remediesOf(subject: Subject, prefs: Preferences, today: string) {
  const reading = readProfile(subject, prefs, today, false); // remedies follow the numbers, not their steps
  return reading.ok
    ? { remedies: selectRemedies(reading.profile), problem: null }
    : { remedies: [], problem: reading.error.message };
}

/** What a remedy card shows; the catalogue's other fields (family, tradition…) stay on the server. */
const cardOf = ({ id, title, how, why, answers, kind, frequency, effort }: PersonalRemedy) => ({
  id,
  title,
  how,
  why,
  answers,
  kind,
  frequency,
  effort,
});

/** The user's own remedies, each with its tracking (if any), and where they stand against the plan's limit. */
export async function remediesPage(user: User, now = new Date()) {
  const today = todayFor(user, now);
  const prefs = await getPreferences(user.id);
  const [{ remedies, problem }, trackings, { trackedRemedies: limit }] = await Promise.all([
    remediesOf(subjectOfUser(user, prefs), prefs, today),
    listTrackings(user.id),
    entitlementsFor(user.id),
  ]);
  const byRemedy = new Map(trackings.map((t) => [t.remedy_id, t]));
  const active = trackings.filter((t) => t.stopped_at === null).length;
  return {
    remedies: remedies.map((r) => {
      const t = byRemedy.get(r.id);
      return { ...cardOf(r), tracking: t ? { id: t.id, active: t.stopped_at === null } : null };
    }),
    problem,
    active,
    limit,
    atLimit: limit !== null && active >= limit,
    limitMessage: limit === null ? null : trackingLimitMessage(limit),
  };
}

/** The user's remedy with this id today, or null when their chart doesn't call for it. */
export async function ownRemedy(user: User, remedyId: string, now = new Date()): Promise<PersonalRemedy | null> {
  const prefs = await getPreferences(user.id);
  const { remedies } = remediesOf(subjectOfUser(user, prefs), prefs, todayFor(user, now));
  return remedies.find((r) => r.id === remedyId) ?? null;
}
