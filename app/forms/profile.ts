import { z } from "zod";
import { dateInTimeZone, latestDateOnEarth } from "~/lib/dates/local-dates";
import { birthDateField, displayNameField, isTimeZone, timezoneField } from "./fields";
import { latinBirthNameField } from "./numerology-fields";

const FUTURE = "Your birth date can't be in the future.";

/**
 * The date field alone is bounded by the latest date on Earth; once the zone is known, "today" is
 * the user's own date there.
 */
function notAfterTodayInZone(now: Date) {
  return (value: { birthDate: string; timezone: string }, ctx: z.RefinementCtx) => {
    if (isTimeZone(value.timezone) && value.birthDate > dateInTimeZone(value.timezone, now)) {
      ctx.addIssue({ code: "custom", path: ["birthDate"], message: FUTURE });
    }
  };
}

const birthFields = (now: Date) => ({
  birthName: latinBirthNameField,
  birthDate: birthDateField(latestDateOnEarth(now)),
  timezone: timezoneField,
});

/** Onboarding's form. */
export const birthProfileSchema = (now = new Date()) =>
  z.object(birthFields(now)).superRefine(notAfterTodayInZone(now));

/** The profile page: the same birth data plus the display name. */
export const profileSchema = (now = new Date()) =>
  z.object({ name: displayNameField, ...birthFields(now) }).superRefine(notAfterTodayInZone(now));
