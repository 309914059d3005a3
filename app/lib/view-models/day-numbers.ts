/** Personal Day numbers across many dates (calendars, "auspicious dates") without a full profile each. Pure. */
import { personalCycles, type CalendarDate } from "~/numerology";
import { datesOfMonth } from "~/lib/dates/calendar";

function calendarDate(iso: string): CalendarDate {
  const [year, month, day] = iso.split("-").map(Number);
  return { year, month, day };
}

/** The Personal Day (1–9; cycles never keep masters) of someone born on `birthDate`, on `date`. */
export function personalDayOn(birthDate: string, date: string): number {
  return personalCycles(calendarDate(birthDate), calendarDate(date), false).day.value;
}

export function personalDaysOfMonth(birthDate: string, month: string): Array<{ date: string; personalDay: number }> {
  return datesOfMonth(month).map((date) => ({ date, personalDay: personalDayOn(birthDate, date) }));
}
