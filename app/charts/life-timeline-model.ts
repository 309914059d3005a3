/** The life timeline's facts, computed once from a profile: periods, personal years, transits by age, "now". */
import {
  essence,
  parseDate,
  personalYear,
  transits,
  type CalendarDate,
  type LifePeriod,
  type Profile,
} from "~/numerology";
import { round, type ChartPalette } from "./svg-tree";

export const TIMELINE_GEOMETRY = { width: 960, plotX: 124, yearWidth: 9, maxAge: 90 } as const;
const { plotX, yearWidth, maxAge } = TIMELINE_GEOMETRY;

/** x of an age (fractional ages allowed), clamped to the plot. */
export function ageX(age: number): number {
  return round(plotX + Math.min(Math.max(age, 0), maxAge) * yearWidth);
}

export const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

/** Age in years with the fraction since the last birthday, e.g. 36.96; negative before birth. */
export function fractionalAge(birth: CalendarDate, on: CalendarDate): number {
  const birthdayIn = (year: number) => dayNumber(year, birth.month, birth.day);
  const today = dayNumber(on.year, on.month, on.day);
  let year = on.year;
  if (today < birthdayIn(year)) year -= 1;
  const last = birthdayIn(year);
  return year - birth.year + (today - last) / (birthdayIn(year + 1) - last);
}

export interface Span<T> {
  value: T;
  from: number;
  until: number;
}

/** Runs of equal values over ages [0, maxAge): `valueAt` is called once per age. */
export function runs<T>(valueAt: (age: number) => T, same: (a: T, b: T) => boolean = Object.is): Span<T>[] {
  const spans: Span<T>[] = [];
  for (let age = 0; age < maxAge; age++) {
    const value = valueAt(age);
    const last = spans[spans.length - 1];
    if (last && same(last.value, value)) last.until = age + 1;
    else spans.push({ value, from: age, until: age + 1 });
  }
  return spans;
}

export type Role = "physical" | "mental" | "spiritual";
export const ROLES: readonly Role[] = ["physical", "mental", "spiritual"];
export const ROLE_LABELS: Record<Role, string> = { physical: "Physical", mental: "Mental", spiritual: "Spiritual" };

export interface TimelineModel {
  pinnacles: LifePeriod[];
  challenges: LifePeriod[];
  /** Each calendar year from the birth year on, placed on the age axis. */
  personalYears: { year: number; value: number; from: number; until: number }[];
  transits: Record<Role, (Span<string> & { name: string })[]> | null;
  essence: Span<number>[] | null;
  /** The profile's today as a fractional age, with the date; null without a today. */
  now: { age: number; completedAge: number; date: string } | null;
}

export interface TimelineOptions {
  id?: string;
  palette?: ChartPalette;
  /** Transit letters spell out the name: a shared report without the name leaves them out. */
  transits?: boolean;
}

/** The facts the chart and its text alternative show, computed once. */
export function timelineModel(profile: Profile, options: Pick<TimelineOptions, "transits"> = {}): TimelineModel {
  const birth = parseDate(profile.input.birthDate, "birthDate");
  const personalYears: TimelineModel["personalYears"] = [];
  for (let year = birth.year; ; year++) {
    const from = fractionalAge(birth, { year, month: 1, day: 1 });
    if (from >= maxAge) break;
    const until = fractionalAge(birth, { year: year + 1, month: 1, day: 1 });
    personalYears.push({
      year,
      value: personalYear(birth, { year, month: 1, day: 1 }).value,
      from: Math.max(from, 0),
      until: Math.min(until, maxAge),
    });
  }

  let transitRows: TimelineModel["transits"] = null;
  let essenceRuns: TimelineModel["essence"] = null;
  if (options.transits !== false) {
    const { name, options: resolved } = profile.input;
    const byAge = Array.from({ length: maxAge }, (_, age) => transits(name, age, resolved.system));
    const row = (role: Role) =>
      runs(
        (age) => byAge[age].detail[role],
        // A letter's period is one span even when the same letter follows itself.
        (a, b) => a.fromAge === b.fromAge && a.name === b.name,
      ).map((s) => ({ value: s.value.letter, name: s.value.name, from: s.from, until: s.until }));
    transitRows = { physical: row("physical"), mental: row("mental"), spiritual: row("spiritual") };
    essenceRuns = runs((age) => essence(byAge[age], resolved.masterNumbers).value);
  }

  const today = profile.input.today;
  return {
    pinnacles: profile.pinnacles,
    challenges: profile.challenges,
    personalYears,
    transits: transitRows,
    essence: essenceRuns,
    now:
      today && profile.input.age !== undefined
        ? { age: fractionalAge(birth, parseDate(today, "today")), completedAge: profile.input.age, date: today }
        : null,
  };
}
