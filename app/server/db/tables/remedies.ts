import type { Mood } from "~/forms/remedy-lists";

/** A remedy the user tracks (migration 0009); `stopped_at` set: stopped, history kept. */
export interface RemedyTrackingsTable {
  id: string;
  user_id: string;
  /** A catalogue id, e.g. "lo-shu-3" (app/server/remedies/selection.ts). */
  remedy_id: string;
  /** The user's local date when tracking (last) started. */
  started_on: string;
  stopped_at: number | null;
  /** "HH:MM" in the user's time zone. */
  reminder_time: string | null;
  /** Weekdays, 0 = Monday, comma-separated. */
  reminder_days: string | null;
  reminder_next_at: number | null;
  created_at: number;
  updated_at: number;
}

/** One check-in per tracking and local day (YYYY-MM-DD). SQLite booleans are 0/1. */
export interface RemedyCheckInsTable {
  tracking_id: string;
  date: string;
  done: number;
  rating: number | null;
  mood_before: Mood | null;
  mood_after: Mood | null;
  note: string | null;
  created_at: number;
  updated_at: number;
}

/** Remedy tracking and check-ins. */
export interface RemedyTables {
  remedy_trackings: RemedyTrackingsTable;
  remedy_check_ins: RemedyCheckInsTable;
}
