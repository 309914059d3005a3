/** Personal Day numbers across many dates (calendars, "auspicious dates") without a full profile each. Pure. */
import { personalCycles, type CalendarDate } from "~/numerology";
import { BoundedCache } from "~/lib/bounded-cache";
import { datesOfMonth } from "~/lib/dates/calendar";

function calendarDate(iso: string): CalendarDate {
  const [year, month, day] = iso.split("-").map(Number);
  return { year, month, day };
}

/** The Personal Day (1–9; cycles never keep masters) of someone born on `birthDate`, on `date`. */
export function personalDayOn(birthDate: string, date: string): number {
  return personalCycles(calendarDate(birthDate), calendarDate(date), false).day.value;
}

type MonthOfDays = ReadonlyArray<Readonly<{ date: string; personalDay: number }>>;

// A month's calendar is shown on every daily page: kept for the last few thousand birth dates and months.
const months = new BoundedCache<MonthOfDays>(
  () => 4096,
  () => 1,
);

/** Every day of `month` (YYYY-MM) with its Personal Day, for someone born on `birthDate`. */
export function personalDaysOfMonth(birthDate: string, month: string): MonthOfDays {
  const key = `${birthDate}|${month}`;
  let days = months.get(key);
  if (!days) {
    const born = calendarDate(birthDate);
    days = Object.freeze(
      datesOfMonth(month).map((date) =>
        Object.freeze({ date, personalDay: personalCycles(born, calendarDate(date), false).day.value }),
      ),
    );
    months.set(key, days);
  }
  return days;
}
