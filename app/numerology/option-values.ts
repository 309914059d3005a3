/**
 * Every value the engine's options take, listed once: the engine's types, its option checks, the
 * forms' zod schemas, the API and the database types all derive from these lists.
 */
export const NUMBER_SYSTEMS = ["pythagorean", "chaldean"] as const;
export const LIFE_PATH_METHODS = ["components", "digits"] as const;
export const NAME_METHODS = ["per-name", "total"] as const;
export const Y_MODES = ["auto", "vowel", "consonant"] as const;
export const KUA_YEAR_STARTS = ["solar", "january"] as const;
/** Only for the Kua number, whose formula differs for men and women. */
export const GENDERS = ["male", "female"] as const;

/** The master-number sets people choose from, stored by name; the engine itself takes any list. */
export const MASTER_PRESETS = {
  "11-22-33": [11, 22, 33],
  "11-22": [11, 22],
  none: [],
} as const satisfies Record<string, readonly number[]>;

export type MasterPreset = keyof typeof MASTER_PRESETS;
export const MASTER_PRESET_NAMES = Object.keys(MASTER_PRESETS) as [MasterPreset, ...MasterPreset[]];
