import { z } from "zod";
import { GENDERS, isNumerologyInputError, NUMBER_SYSTEMS, transliterateName } from "~/numerology";
import { birthNameField } from "./fields";

/** A birth name the engine can read: the engine's own check, so the message matches what it would say. */
export const latinBirthNameField = birthNameField.superRefine((value, ctx) => {
  try {
    transliterateName(value);
  } catch (error) {
    if (!isNumerologyInputError(error)) throw error;
    ctx.addIssue({ code: "custom", message: error.message });
  }
});

export const genderField = z.enum(GENDERS, { error: "Choose male or female, or leave it empty." }).optional();
export const systemField = z.enum(NUMBER_SYSTEMS, { error: "Choose Pythagorean or Chaldean." });
