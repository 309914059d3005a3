import { isIsoDate, addDays, addMonths, formatMonth, monthOf, weekdayIndex } from "~/lib/dates/calendar";
import { personalDaysOfMonth } from "~/lib/view-models/day-numbers";
import { buildReportSection, type ReportItem } from "~/lib/report";
import { invariantResponse } from "~/server/http/http.server";
import { BoundedCache } from "~/lib/bounded-cache";
import {
  readingContext,
  readProfile,
  subjectLabel,
  subjectsFor,
  type Preferences,
  type Subject,
} from "./readings.server";

export interface DailyData {
  date: string;
  today: string;
  subject: { key: string; name: string };
  choices: Array<{ value: string; label: string }>;
  /** "?person=…" to keep on every link, or "". */
  query: string;
  prev: string;
  next: string;
  /** Shared with other requests for the same day and person: read, never change. */
  cycles: readonly ReportItem[];
  calendar: {
    label: string;
    offset: number;
    prevMonth: string;
    nextMonth: string;
    days: ReadonlyArray<{ date: string; personalDay: number }>;
  };
  problem: string | null;
}

/** What the daily pages send the browser: the cards are server HTML (daily-html.server.tsx), not data. */
export type DailyPageData = Omit<DailyData, "cycles"> & { hasCards: boolean };

type DayCycles = { ok: true; items: readonly ReportItem[] } | { ok: false; problem: string };

// A day's cycle cards are a pure function of the person's birth data, the account's options and the date;
// each account's are kept by all of them (bounded), so a daily page seen again skips the engine, and
// renderServerHtml digests the same items only once.
const keptCycles = new BoundedCache<DayCycles>(
  () => 2 * 1024 * 1024,
  (key, cycles) => (key.length + (cycles.ok ? JSON.stringify(cycles.items).length : cycles.problem.length)) * 2,
);

function dayCycles(ownerId: string, subject: Subject, prefs: Preferences, date: string): DayCycles {
  const { key, birthName, birthDate, gender } = subject;
  const cacheKey = JSON.stringify([ownerId, key, birthName, birthDate, gender, prefs, date]);
  let cycles = keptCycles.get(cacheKey);
  if (!cycles) {
    const reading = readProfile(subject, prefs, date);
    cycles = reading.ok
      ? { ok: true, items: Object.freeze(buildReportSection(reading.profile, "cycles")?.items ?? []) }
      : { ok: false, problem: reading.error.message };
    keptCycles.set(cacheKey, cycles);
  }
  return cycles;
}

const FIRST = "1800-01-01";
const LAST = "9999-12-31";

/**
 * The reading for a date (default: the user's today where they live, at `now`) for the user or one of
 * their people (`?person=`). A date that doesn't exist → 404; a date before the birth date → a 400 message.
 */
export async function loadDaily(
  request: Request,
  dateParam: string | undefined,
  now: Date = new Date(),
): Promise<DailyData> {
  const { user, prefs, today } = await readingContext(request, now);
  const url = new URL(request.url);
  const who = url.searchParams.get("person") ?? "me";
  const subjects = await subjectsFor(user, prefs);
  const subject = subjects.find((s) => s.key === who);
  invariantResponse(subject, "Person not found");
  const date = dateParam ?? today;
  invariantResponse(isIsoDate(date) && date >= FIRST && date <= LAST, "No such date");

  const month = monthOf(date);
  const firstOfMonth = `${month}-01`;
  const base: DailyData = {
    date,
    today,
    subject: { key: subject.key, name: subject.name },
    choices: subjects.map((s) => ({ value: s.key, label: subjectLabel(s) })),
    query: subject.key === "me" ? "" : `?person=${encodeURIComponent(subject.key)}`,
    prev: date > FIRST ? addDays(date, -1) : date,
    next: date < LAST ? addDays(date, 1) : date,
    cycles: [],
    calendar: {
      label: formatMonth(month),
      offset: weekdayIndex(firstOfMonth),
      prevMonth: month > "1800-01" ? `${addMonths(month, -1)}-01` : firstOfMonth,
      nextMonth: month < "9999-12" ? `${addMonths(month, 1)}-01` : firstOfMonth,
      days: [],
    },
    problem: null,
  };
  if (date < subject.birthDate) {
    return {
      ...base,
      problem: `That date is before ${subject.key === "me" ? "your" : `${subject.name}'s`} birth date: choose a later one.`,
    };
  }
  const cycles = dayCycles(user.id, subject, prefs, date);
  if (!cycles.ok) return { ...base, problem: cycles.problem };
  return {
    ...base,
    cycles: cycles.items,
    calendar: { ...base.calendar, days: personalDaysOfMonth(subject.birthDate, month) },
  };
}
