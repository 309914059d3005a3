/**
 * Profiles for a signed-in user or one of their people, computed with the user's saved options and
 * "today" in the user's time zone. `now` is a parameter so tests can stand at any instant.
 */

import { dateInTimeZone } from "~/lib/dates/local-dates";
import {
  computeProfile,
  isNumerologyInputError,
  MASTER_PRESETS,
  type Gender,
  type MasterPreset,
  type NumerologyInputError,
  type NumerologyOptions,
  type Profile,
} from "~/numerology";
import type { Person, User, UserPreferences } from "~/server/db/db-schema";
import { getDb } from "~/server/db/db.server";
import { preparedQuery } from "~/server/db/prepared-query.server";
import { listPeople } from "~/server/people/people.server";
import { requireOnboardedUser } from "~/server/session/session.server";

export interface Preferences {
  system: UserPreferences["system"];
  lifePathMethod: UserPreferences["life_path_method"];
  nameMethod: UserPreferences["name_method"];
  y: UserPreferences["y_mode"];
  masterNumbers: MasterPreset;
  gender: Gender | null;
}

export const DEFAULT_PREFERENCES: Preferences = Object.freeze({
  system: "pythagorean",
  lifePathMethod: "components",
  nameMethod: "per-name",
  y: "auto",
  masterNumbers: "11-22-33",
  gender: null,
});

const isPreset = (value: string): value is MasterPreset => value in MASTER_PRESETS;

const preferencesRow = preparedQuery((db, userId: string) =>
  db.selectFrom("user_preferences").selectAll().where("user_id", "=", userId),
);

export async function getPreferences(userId: string): Promise<Preferences> {
  const [row] = await preferencesRow(userId);
  if (!row) return DEFAULT_PREFERENCES;
  return {
    system: row.system,
    lifePathMethod: row.life_path_method,
    nameMethod: row.name_method,
    y: row.y_mode,
    masterNumbers: isPreset(row.master_numbers) ? row.master_numbers : DEFAULT_PREFERENCES.masterNumbers,
    gender: row.gender,
  };
}

export async function savePreferences(userId: string, prefs: Preferences): Promise<void> {
  const values = {
    system: prefs.system,
    life_path_method: prefs.lifePathMethod,
    name_method: prefs.nameMethod,
    y_mode: prefs.y,
    master_numbers: prefs.masterNumbers,
    gender: prefs.gender,
    updated_at: Date.now(),
  };
  await getDb()
    .insertInto("user_preferences")
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column("user_id").doUpdateSet(values))
    .execute();
}

export function numerologyOptions(prefs: Preferences): NumerologyOptions {
  return {
    system: prefs.system,
    lifePathMethod: prefs.lifePathMethod,
    nameMethod: prefs.nameMethod,
    y: prefs.y,
    masterNumbers: MASTER_PRESETS[prefs.masterNumbers],
  };
}

/** The user's calendar date at `now` where they live. */
export function todayFor(user: Pick<User, "timezone">, now: Date = new Date()): string {
  return dateInTimeZone(user.timezone ?? "UTC", now);
}

/** Whose numbers: the signed-in user or one of their people. */
export interface Subject {
  /** "me" or a person id. */
  key: string;
  name: string;
  birthName: string;
  birthDate: string;
  gender: Gender | null;
  relation: Person["relation"] | null;
}

export function subjectOfUser(user: User, prefs: Preferences): Subject {
  return {
    key: "me",
    name: user.name,
    birthName: user.birth_name ?? "",
    birthDate: user.birth_date ?? "",
    gender: prefs.gender,
    relation: null,
  };
}

export function subjectOfPerson(person: Person): Subject {
  return {
    key: person.id,
    name: person.name,
    birthName: person.birth_name,
    birthDate: person.birth_date,
    gender: person.gender,
    relation: person.relation,
  };
}

export type Reading = { ok: true; profile: Profile } | { ok: false; error: NumerologyInputError };

/**
 * The engine refuses what it can't read (a stored name with no Latin letters, a date before the birth
 * date): that comes back as a value so pages can say so instead of failing. `steps` false: numbers
 * only, for callers that never show the arithmetic.
 */
export function readProfile(subject: Subject, prefs: Preferences, today: string | undefined, steps = true): Reading {
  try {
    const profile = computeProfile({
      birthName: subject.birthName,
      birthDate: subject.birthDate,
      today,
      gender: subject.gender ?? undefined,
      options: numerologyOptions(prefs),
      steps,
    });
    return { ok: true, profile };
  } catch (error) {
    if (isNumerologyInputError(error)) return { ok: false, error };
    throw error;
  }
}

/** The signed-in, onboarded user with their options and their today. */
export async function readingContext(request: Request, now: Date = new Date()) {
  const user = await requireOnboardedUser(request);
  const prefs = await getPreferences(user.id);
  return { user, prefs, today: todayFor(user, now), me: subjectOfUser(user, prefs) };
}

/** "me" (when onboarded) and the owner's people, in one query: the choices of every "whose reading" picker. */
export async function subjectsFor(user: User, prefs: Preferences): Promise<Subject[]> {
  const people = await listPeople(user.id);
  const me = user.birth_name && user.birth_date ? [subjectOfUser(user, prefs)] : [];
  return [...me, ...people.map(subjectOfPerson)];
}

export function subjectLabel(subject: Subject): string {
  return subject.key === "me" ? `Me (${subject.name})` : `${subject.name} (${subject.relation})`;
}
