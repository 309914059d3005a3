import { z } from "zod";
import { CHECK_IN_DAYS_BACK, MAX_NOTE_LENGTH, MOODS } from "./remedy-lists";

/** Remedies' form schemas. */
export const remedyIdField = z
  .string({ error: "Choose a remedy." })
  .trim()
  .regex(/^[a-z][a-z-]*-\d{1,2}$/, "That isn't one of your remedies.");

export const trackSchema = z.object({ remedyId: remedyIdField });

// Conform's parseWithZod (browser and server) turns empty fields into undefined and numeric text into numbers.
const optionalMood = z.enum(MOODS, { error: "Choose a mood from the list." }).optional();

/** `allowedDates`: today and the previous days in the user's time zone, newest first. */
export const checkInSchema = (allowedDates: readonly string[]) =>
  z.object({
    date: z
      .string({ error: "Choose the day." })
      .refine(
        (d) => allowedDates.includes(d),
        `Check in for today or one of the ${CHECK_IN_DAYS_BACK} days before it.`,
      ),
    done: z.enum(["yes", "no"], { error: "Say whether you did it." }),
    rating: z
      .number({ error: "Rate it from 1 to 5." })
      .int("Rate it from 1 to 5.")
      .min(1, "Rate it from 1 to 5.")
      .max(5, "Rate it from 1 to 5.")
      .optional(),
    moodBefore: optionalMood,
    moodAfter: optionalMood,
    note: z
      .string()
      .trim()
      .max(MAX_NOTE_LENGTH, `Keep the note under ${MAX_NOTE_LENGTH.toLocaleString("en")} characters.`)
      .optional(),
  });
export type CheckInForm = z.infer<ReturnType<typeof checkInSchema>>;

export const reminderSchema = z.object({
  time: z.string({ error: "Choose a time." }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time like 08:30."),
  days: z
    .array(z.number({ error: "Choose days from the list." }).int().min(0).max(6, "Choose days from the list."), {
      error: "Choose at least one day.",
    })
    .min(1, "Choose at least one day."),
});
export type ReminderForm = z.infer<typeof reminderSchema>;
