/** "What changes next" for the dashboard, from a profile computed for today. Pure. */
import { personalYear, transits, type Profile } from "~/numerology";
import { dateAtAge } from "./calendar";

export interface NextChanges {
  personalYear: { date: string; value: number } | null;
  /** The next Pinnacle and its Challenge (they share periods). */
  period: { date: string; age: number; index: number; pinnacle: number; challenge: number } | null;
  transit: { date: string; age: number; physical: string; mental: string; spiritual: string } | null;
}

function calendarDate(iso: string) {
  const [year, month, day] = iso.split("-").map(Number);
  return { year, month, day };
}

export function nextChanges(profile: Profile): NextChanges {
  const { today, age, birthDate, name, options } = profile.input;
  if (!today || age === undefined) return { personalYear: null, period: null, transit: null };

  const newYear = `${String(Number(today.slice(0, 4)) + 1).padStart(4, "0")}-01-01`;
  const nextYear = { date: newYear, value: personalYear(calendarDate(birthDate), calendarDate(newYear)).value };

  const index = profile.pinnacles.findIndex((p) => p.startAge > age);
  const period =
    index === -1
      ? null
      : {
          date: dateAtAge(birthDate, profile.pinnacles[index].startAge),
          age: profile.pinnacles[index].startAge,
          index: index + 1,
          pinnacle: profile.pinnacles[index].number,
          challenge: profile.challenges[index].number,
        };

  let transit: NextChanges["transit"] = null;
  if (profile.transits) {
    const { physical, mental, spiritual } = profile.transits.detail;
    const changeAge = Math.min(physical.untilAge, mental.untilAge, spiritual.untilAge);
    const next = transits(name, changeAge, options.system);
    transit = {
      date: dateAtAge(birthDate, changeAge),
      age: changeAge,
      physical: next.physical,
      mental: next.mental,
      spiritual: next.spiritual,
    };
  }
  return { personalYear: nextYear, period, transit };
}
