import type { Gender, LifePathMethod, NameMethod, NumberSystem, YMode } from "~/numerology";
import type { PersonRelation } from "~/people/relations";

export type { PersonRelation };
export type PersonGender = Gender;

/** Someone in a user's life (migration 0003). */
export interface PeopleTable {
  id: string;
  user_id: string;
  name: string;
  birth_name: string;
  birth_date: string;
  gender: PersonGender | null;
  relation: PersonRelation;
  created_at: number;
  updated_at: number;
}

/** A user's numerology options (migration 0003); no row means the engine's defaults. */
export interface UserPreferencesTable {
  user_id: string;
  system: NumberSystem;
  life_path_method: LifePathMethod;
  name_method: NameMethod;
  y_mode: YMode;
  /** A preset name (MASTER_PRESETS in app/numerology/option-values.ts); unknown names read as the default. */
  master_numbers: string;
  gender: PersonGender | null;
  updated_at: number;
}

/** A public, revocable view of a report (migration 0004). SQLite booleans are 0/1. */
export interface ShareLinksTable {
  id: string;
  user_id: string;
  token_hash: string;
  /** null: the owner's own report. */
  person_id: string | null;
  show_name: number;
  show_birth_date: number;
  created_at: number;
  revoked_at: number | null;
}

/** People, numerology options and share links. */
export interface PeopleTables {
  people: PeopleTable;
  user_preferences: UserPreferencesTable;
  share_links: ShareLinksTable;
}
