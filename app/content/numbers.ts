/** Meanings of numbers: by position (Life Path 7, Birthday 29 …), as archetypes, and section intros. */
import { digitSum, reduceNumber, reduceToDigit } from "~/numerology";
import { assertInteger } from "./checks";
import { getContent } from "./locale";
import {
  DEFAULT_LOCALE,
  type Archetype,
  type CoreNumber,
  type Digit,
  type KuaNumber,
  type Locale,
  type Meaning,
  type NumberType,
  type PositionEntry,
  type SectionIntro,
  type SectionKey,
} from "./types";

export const NUMBER_TYPES: readonly NumberType[] = [
  "lifePath",
  "expression",
  "soulUrge",
  "personality",
  "birthday",
  "maturity",
  "attitude",
  "balance",
  "rationalThought",
  "subconsciousSelf",
  "essence",
  "pinnacle",
  "challenge",
  "chaldeanName",
  "driver",
  "conductor",
  "hiddenPassion",
  "karmicLesson",
  "karmicDebt",
];

export const CORE_NUMBERS: readonly CoreNumber[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 22, 33];
export const DIGITS: readonly Digit[] = [1, 2, 3, 4, 5, 6, 7, 8, 9];
export const KUA_NUMBERS: readonly KuaNumber[] = [1, 2, 3, 4, 6, 7, 8, 9];

/** Types whose role-specific lists are topped up from the number's archetype. */
const MERGES_ARCHETYPE: ReadonlySet<NumberType> = new Set<NumberType>([
  "lifePath",
  "expression",
  "soulUrge",
  "personality",
  "birthday",
  "maturity",
  "attitude",
  "balance",
  "rationalThought",
  "essence",
  "pinnacle",
  "chaldeanName",
  "driver",
  "conductor",
]);
const MAX_STRENGTHS = 5;
const MAX_CHALLENGES = 4;

function assertNumberType(type: string): asserts type is NumberType {
  if (!(NUMBER_TYPES as readonly string[]).includes(type)) {
    throw new Error(`Unknown number type "${type}"; expected one of ${NUMBER_TYPES.join(", ")}.`);
  }
}

function tableOf(type: NumberType, locale: Locale): Record<number, PositionEntry> {
  return getContent(locale).positions[type] as Record<number, PositionEntry>;
}

/** The exact numbers a position has texts for (ascending). Masters are listed only where they have their own text. */
export function validNumbers(type: NumberType): number[] {
  assertNumberType(type);
  return Object.keys(tableOf(type, DEFAULT_LOCALE))
    .map(Number)
    .sort((a, b) => a - b);
}

export interface PositionMeaning extends Meaning {
  type: NumberType;
  /** The number asked for. */
  number: number;
  /** The table entry used: equals `number` unless a master or other compound fell back to its root. */
  entryNumber: number;
  /** True when `entryNumber` differs from `number` (e.g. Challenge 11 → 2, Life Path 44 → 8). */
  fallback: boolean;
  /**
   * The archetype behind the entry: the reduced birthday (29 → 11, 13 → 4), the root of a karmic debt
   * (16 → 7) or the number itself; null for 0 (Challenge 0, empty Soul Urge / Personality).
   */
  reduced: CoreNumber | null;
  /** Title of that archetype, e.g. "The Seeker"; null when `reduced` is null. */
  archetypeTitle: string | null;
}

function resolveEntryNumber(type: NumberType, n: number, table: Record<number, PositionEntry>): number {
  if (table[n]) return n;
  // Compounds and masters with no text of their own fall back to their root:
  // Challenge 11 → 2, Driver 22 → 4, Life Path 44 (custom masters) → 8.
  if (n >= 10 && type !== "birthday" && type !== "karmicDebt") {
    let m = n;
    while (m > 9 && !table[m]) m = digitSum(m);
    if (table[m]) return m;
  }
  const valid = Object.keys(table).join(", ");
  throw new Error(`There is no ${type} number ${n}; valid ${type} numbers are ${valid}.`);
}

function archetypeNumberFor(type: NumberType, entryNumber: number): CoreNumber | null {
  if (entryNumber === 0) return null;
  if (type === "birthday") return reduceNumber(entryNumber) as CoreNumber;
  if (type === "karmicDebt") return reduceToDigit(entryNumber) as CoreNumber;
  return entryNumber as CoreNumber;
}

function mergeLists(own: readonly string[] | undefined, extra: readonly string[], max: number): string[] {
  const out: string[] = [];
  for (const item of [...(own ?? []), ...extra]) {
    if (out.length >= max) break;
    if (!out.includes(item)) out.push(item);
  }
  return out;
}

/**
 * The interpretation of `n` in position `type` (Life Path 7, Soul Urge 7, Birthday 29, Challenge 0 …).
 * Lists are role-specific, topped up from the archetype where that fits the position.
 */
export function meaningFor(type: NumberType, n: number, locale: Locale = DEFAULT_LOCALE): PositionMeaning {
  assertNumberType(type);
  assertInteger(`A ${type} number`, n);
  const bundle = getContent(locale);
  const table = tableOf(type, locale);
  const entryNumber = resolveEntryNumber(type, n, table);
  const entry = table[entryNumber];
  const reduced = archetypeNumberFor(type, entryNumber);
  const archetype = reduced === null ? null : bundle.numbers[reduced];
  const merge = MERGES_ARCHETYPE.has(type) && archetype !== null;
  return {
    type,
    number: n,
    entryNumber,
    fallback: entryNumber !== n,
    reduced,
    archetypeTitle: archetype?.title ?? null,
    title: entry.title,
    paragraph: entry.paragraph,
    keywords: [...(entry.keywords ?? archetype?.keywords ?? [])],
    strengths: merge ? mergeLists(entry.strengths, archetype.strengths, MAX_STRENGTHS) : [...(entry.strengths ?? [])],
    challenges: merge
      ? mergeLists(entry.challenges, archetype.challenges, MAX_CHALLENGES)
      : [...(entry.challenges ?? [])],
  };
}

/** The general archetype of a number (1–9, 11, 22, 33); other compounds ≥ 10 reduce (44 → 8). */
export function numberMeaning(n: number, locale: Locale = DEFAULT_LOCALE): Archetype & { number: CoreNumber } {
  assertInteger("A number", n);
  if (n < 1) throw new Error(`Numbers run from 1 upward; got ${n}.`);
  const key = reduceNumber(n) as CoreNumber;
  const a = getContent(locale).numbers[key];
  return { ...a, keywords: [...a.keywords], strengths: [...a.strengths], challenges: [...a.challenges], number: key };
}

/** Section heading and "what this number is" description. */
export function sectionIntro(key: SectionKey, locale: Locale = DEFAULT_LOCALE): SectionIntro {
  const intro = getContent(locale).intros[key];
  if (!intro) throw new Error(`Unknown content section "${String(key)}".`);
  return { ...intro };
}
