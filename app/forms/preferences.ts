import { z } from "zod";
import { genderField, systemField } from "./numerology-fields";

/** Master-number presets stored by name; the engine takes the list. */
export const MASTER_PRESETS = {
  "11-22-33": [11, 22, 33],
  "11-22": [11, 22],
  none: [],
} as const satisfies Record<string, readonly number[]>;

export type MasterPreset = keyof typeof MASTER_PRESETS;

export const preferencesSchema = z.object({
  intent: z.literal("preferences"),
  system: systemField,
  lifePathMethod: z.enum(["components", "digits"], { error: "Choose how to add up the Life Path." }),
  nameMethod: z.enum(["per-name", "total"], { error: "Choose how to add up names." }),
  y: z.enum(["auto", "vowel", "consonant"], { error: "Choose how to treat the letter Y." }),
  masterNumbers: z.enum(Object.keys(MASTER_PRESETS) as [MasterPreset, ...MasterPreset[]], {
    error: "Choose which master numbers to keep.",
  }),
  gender: genderField,
});

export type PreferencesForm = z.infer<typeof preferencesSchema>;

export const PREFERENCE_CHOICES = {
  lifePathMethod: [
    { value: "components", label: "Reduce month, day and year first (classic)" },
    { value: "digits", label: "Add every digit of the date" },
  ],
  nameMethod: [
    { value: "per-name", label: "Reduce each name, then add (classic)" },
    { value: "total", label: "Add every letter of the full name" },
  ],
  y: [
    { value: "auto", label: "Vowel or consonant by its sound (classic)" },
    { value: "vowel", label: "Always a vowel" },
    { value: "consonant", label: "Always a consonant" },
  ],
  masterNumbers: [
    { value: "11-22-33", label: "Keep 11, 22 and 33" },
    { value: "11-22", label: "Keep 11 and 22 only" },
    { value: "none", label: "Reduce everything to 1–9" },
  ],
} as const;
