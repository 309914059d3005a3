import type { User } from "~/server/db/db-schema";
import {
  getPreferences,
  subjectsFor,
  todayFor,
  type Preferences,
  type Subject,
} from "~/server/readings/readings.server";

/** Everything the guide may read for one reply: the owner's own subjects ("me" and their people), nothing else. */
export interface ChatContext {
  user: Pick<User, "id" | "name" | "timezone">;
  prefs: Preferences;
  /** The owner's date where they live. */
  today: string;
  timeZone: string;
  /** "me" (when onboarded) and the owner's people. */
  subjects: Subject[];
  /** Whom the conversation is about: "me" or a person id. */
  aboutKey: string;
}

export async function chatContext(user: User, aboutKey: string, now: Date = new Date()): Promise<ChatContext> {
  const prefs = await getPreferences(user.id);
  const subjects = await subjectsFor(user, prefs);
  return {
    user: { id: user.id, name: user.name, timezone: user.timezone },
    prefs,
    today: todayFor(user, now),
    timeZone: user.timezone ?? "UTC",
    subjects,
    aboutKey: subjects.some((s) => s.key === aboutKey) ? aboutKey : "me",
  };
}

/** The subject for a tool's `personId`: missing → the conversation's subject; not the owner's → undefined. */
export function subjectFor(context: ChatContext, personId: string | undefined | null): Subject | undefined {
  const key = personId === undefined || personId === null || personId === "" ? context.aboutKey : personId;
  return context.subjects.find((s) => s.key === key);
}
