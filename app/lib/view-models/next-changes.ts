/** "What changes next" for the dashboard, from a profile computed for today. Pure. */
import { personalYear, transits, type Profile } from "~/numerology";
import { dateAtAge } from "~/lib/dates/calendar";

/** One coming change; `date` is a calendar date (YYYY-MM-DD). */
export type NextChange =
  | { kind: "personal-year"; date: string; value: number }
  /** The next Pinnacle and its Challenge (they share periods). */
  | { kind: "pinnacle"; date: string; age: number; index: number; pinnacle: number; challenge: number }
  | { kind: "transit"; date: string; age: number; physical: string; mental: string; spiritual: string };

export interface NextChanges {
  /** Soonest first. */
  changes: NextChange[];
  /** No Pinnacle is left to begin: the current one lasts for life. */
  lastPinnacle: boolean;
}

function calendarDate(iso: string) {
  const [year, month, day] = iso.split("-").map(Number);
  return { year, month, day };
}

export function nextChanges(profile: Profile): NextChanges {
  const { today, age, birthDate, name, options } = profile.input;
  if (!today || age === undefined) return { changes: [], lastPinnacle: false };

  const newYear = `${String(Number(today.slice(0, 4)) + 1).padStart(4, "0")}-01-01`;
  const changes: NextChange[] = [
    {
      kind: "personal-year",
      date: newYear,
      value: personalYear(calendarDate(birthDate), calendarDate(newYear)).value,
    },
  ];

  const index = profile.pinnacles.findIndex((p) => p.startAge > age);
  if (index !== -1) {
    changes.push({
      kind: "pinnacle",
      date: dateAtAge(birthDate, profile.pinnacles[index].startAge),
      age: profile.pinnacles[index].startAge,
      index: index + 1,
      pinnacle: profile.pinnacles[index].number,
      challenge: profile.challenges[index].number,
    });
  }

  if (profile.transits) {
    const { physical, mental, spiritual } = profile.transits.detail;
    const changeAge = Math.min(physical.untilAge, mental.untilAge, spiritual.untilAge);
    const next = transits(name, changeAge, options.system);
    changes.push({
      kind: "transit",
      date: dateAtAge(birthDate, changeAge),
      age: changeAge,
      physical: next.physical,
      mental: next.mental,
      spiritual: next.spiritual,
    });
  }
  // ISO calendar dates sort as strings.
  changes.sort((a, b) => a.date.localeCompare(b.date));
  return { changes, lastPinnacle: index === -1 };
}
