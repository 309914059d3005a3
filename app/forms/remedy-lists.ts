/**
 * Remedies' domain lists, shared by the pages, the services, the database types and the form schemas
 * (forms/remedies.ts); without zod, so pages import them without the schemas.
 */
export const REMEDY_KINDS = ["colour", "gemstone", "mantra", "habit", "food", "movement"] as const;
export type RemedyKind = (typeof REMEDY_KINDS)[number];

/** A weekly remedy's streak counts weeks (Monday to Sunday in the user's time zone). */
export const FREQUENCIES = ["daily", "weekly"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const EFFORTS = ["light", "moderate", "demanding"] as const;
export type Effort = (typeof EFFORTS)[number];

export const MOODS = ["low", "tense", "neutral", "calm", "bright"] as const;
export type Mood = (typeof MOODS)[number];
export const MOOD_OPTIONS = MOODS.map((value) => ({ value, label: value[0].toUpperCase() + value.slice(1) }));

/** How a practice felt, 1 (hard going) to 5 (very good). */
export const RATINGS = [1, 2, 3, 4, 5] as const;
export const RATING_LABELS: Record<(typeof RATINGS)[number], string> = {
  1: "Hard going",
  2: "Not great",
  3: "All right",
  4: "Good",
  5: "Very good",
};

/** Monday first, as weeks are counted. */
export const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

/** Check-ins can be made or edited for today and this many days before it. */
export const CHECK_IN_DAYS_BACK = 6;
export const MAX_NOTE_LENGTH = 1000;
