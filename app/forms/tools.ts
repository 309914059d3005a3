import { z } from "zod";
import { CHALDEAN_TARGETS, NAME_TARGETS } from "./choices";
import { latinBirthNameField, systemField } from "./numerology-fields";

/** A select's value as a number; the input stays a string so the form helpers can type the field. */
const wholeNumber = (message: string) =>
  z
    .string({ error: message })
    .regex(/^\d{1,3}$/, message)
    .transform(Number);

export const nameToolSchema = z
  .object({
    name: latinBirthNameField,
    target: wholeNumber("Choose a target number."),
    system: systemField.default("pythagorean"),
  })
  .superRefine((value, ctx) => {
    const allowed: readonly number[] = value.system === "chaldean" ? CHALDEAN_TARGETS : NAME_TARGETS;
    if (!allowed.includes(value.target)) {
      ctx.addIssue({
        code: "custom",
        path: ["target"],
        message: `Choose one of ${allowed.join(", ")} for this system.`,
      });
    }
  });

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const datesToolSchema = z.object({
  month: z
    .string({ error: "Choose a month." })
    .trim()
    .regex(MONTH, "Use the format YYYY-MM, for example 2026-12.")
    .refine((m) => m >= "1800-01", "Choose a month from 1800 on."),
  number: wholeNumber("Choose a Personal Day number.").refine((n) => n >= 1 && n <= 9, "Choose 1 to 9."),
  person: z.string().trim().default("me"),
});
