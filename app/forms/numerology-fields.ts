import { z } from "zod";
import {
  GENDERS,
  isNumerologyInputError,
  NUMBER_SYSTEMS,
  transliterateName,
  type Gender,
  type NumberSystem,
} from "~/numerology";
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

/** A select's options in the list's own order; the labels must cover every value. */
export const choicesOf = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

export const GENDER_OPTIONS = choicesOf<Gender>(GENDERS, { male: "Male", female: "Female" });

export const SYSTEM_OPTIONS = choicesOf<NumberSystem>(NUMBER_SYSTEMS, {
  pythagorean: "Pythagorean (1–9 letter table)",
  chaldean: "Chaldean (1–8 letter table)",
});
