import { z } from "zod";
import { LIFE_PATH_METHODS, MASTER_PRESET_NAMES, NAME_METHODS, Y_MODES } from "~/numerology";
import { genderField, systemField } from "./numerology-fields";

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
