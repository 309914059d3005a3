import { z } from "zod";
import { isNumerologyInputError, transliterateName } from "~/numerology";
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

export const GENDERS = ["male", "female"] as const;
export const SYSTEMS = ["pythagorean", "chaldean"] as const;

export const genderField = z.enum(GENDERS, { error: "Choose male or female, or leave it empty." }).optional();
export const systemField = z.enum(SYSTEMS, { error: "Choose Pythagorean or Chaldean." });

export const GENDER_OPTIONS = [
  { value: "female", label: "Female" },
  { value: "male", label: "Male" },
] as const;

export const SYSTEM_OPTIONS = [
  { value: "pythagorean", label: "Pythagorean (1–9 letter table)" },
  { value: "chaldean", label: "Chaldean (1–8 letter table)" },
] as const;
