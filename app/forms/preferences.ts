import { z } from "zod";
import {
  LIFE_PATH_METHODS,
  MASTER_PRESET_NAMES,
  NAME_METHODS,
  Y_MODES,
  type LifePathMethod,
  type MasterPreset,
  type NameMethod,
  type YMode,
} from "~/numerology";
import { choicesOf, genderField, systemField } from "./numerology-fields";

export const preferencesSchema = z.object({
  intent: z.literal("preferences"),
  system: systemField,
  lifePathMethod: z.enum(LIFE_PATH_METHODS, { error: "Choose how to add up the Life Path." }),
  nameMethod: z.enum(NAME_METHODS, { error: "Choose how to add up names." }),
  y: z.enum(Y_MODES, { error: "Choose how to treat the letter Y." }),
  masterNumbers: z.enum(MASTER_PRESET_NAMES, { error: "Choose which master numbers to keep." }),
  gender: genderField,
});

export type PreferencesForm = z.infer<typeof preferencesSchema>;

export const PREFERENCE_CHOICES = {
  lifePathMethod: choicesOf<LifePathMethod>(LIFE_PATH_METHODS, {
    components: "Reduce month, day and year first (classic)",
    digits: "Add every digit of the date",
  }),
  nameMethod: choicesOf<NameMethod>(NAME_METHODS, {
    "per-name": "Reduce each name, then add (classic)",
    total: "Add every letter of the full name",
  }),
  y: choicesOf<YMode>(Y_MODES, {
    auto: "Vowel or consonant by its sound (classic)",
    vowel: "Always a vowel",
    consonant: "Always a consonant",
  }),
  masterNumbers: choicesOf<MasterPreset>(MASTER_PRESET_NAMES, {
    "11-22-33": "Keep 11, 22 and 33",
    "11-22": "Keep 11 and 22 only",
    none: "Reduce everything to 1–9",
  }),
};
