import {
  GENDERS,
  LIFE_PATH_METHODS,
  MASTER_PRESET_NAMES,
  NAME_METHODS,
  NUMBER_SYSTEMS,
  Y_MODES,
  type MasterPreset,
} from "~/numerology/option-values";
import type { Gender, LifePathMethod, NameMethod, NumberSystem, YMode } from "~/numerology/types";
import { PERSON_RELATIONS } from "~/people/relations";

/*
 * The options the forms' selects offer, in each domain list's own order. Kept apart from the schemas
 * (which derive from the same lists) and read from the lists' own module, not the engine's index, so a
 * page importing its options gets neither zod nor engine code.
 */

/** A select's options in the list's own order; the labels must cover every value. */
export const choicesOf = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

export const GENDER_OPTIONS = choicesOf<Gender>(GENDERS, { male: "Male", female: "Female" });

export const SYSTEM_OPTIONS = choicesOf<NumberSystem>(NUMBER_SYSTEMS, {
  pythagorean: "Pythagorean (1–9 letter table)",
  chaldean: "Chaldean (1–8 letter table)",
});

/** The name tool's targets. */
export const NAME_TARGETS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 22, 33] as const;
/** Chaldean name numbers reduce fully, so masters are not targets there. */
export const CHALDEAN_TARGETS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

export const RELATION_OPTIONS = PERSON_RELATIONS.map((value) => ({
  value,
  label: value[0].toUpperCase() + value.slice(1),
}));

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
