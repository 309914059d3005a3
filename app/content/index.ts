/**
 * NumerAI interpretation content: typed accessors over per-locale bundles.
 *
 * Every accessor takes an optional locale (default "en"), never returns
 * undefined for a valid input, and throws a descriptive Error for impossible
 * input (wrong number for the position, unknown locale, bad letter …).
 * Pure functions over static data: no I/O, no React.
 */
import { en } from "./en";
import { DIRECTIONS, KUA_FACTS, LO_SHU_SECTOR } from "./kua-facts";
import {
  DEFAULT_LOCALE,
  LOCALES,
  type Archetype,
  type ArrowKey,
  type ArrowName,
  type ArrowText,
  type BandText,
  type CompatibilityNarrative,
  type ContentBundle,
  type CoreNumber,
  type DailyReading,
  type Digit,
  type DirectionKind,
  type DirectionName,
  type FavourableKind,
  type KuaNumber,
  type KuaReading,
  type Letter,
  type Locale,
  type LoShuDigitReading,
  type LoShuMissingRemedy,
  type Meaning,
  type NumberType,
  type PersonalMonthEntry,
  type PersonalYearEntry,
  type PositionEntry,
  type Relation,
  type Remedy,
  type ScoreBand,
  type SectionIntro,
  type SectionKey,
  type UnfavourableKind,
  type UniversalEntry,
  type UniversalKind,
} from "./types";

export * from "./types";
export { DIRECTIONS, KUA_FACTS, LO_SHU_SECTOR };

const BUNDLES: Record<Locale, ContentBundle> = { en };

// ---------------------------------------------------------------- locale

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Maps a request locale ("en-GB", "EN", undefined, "fr") to a supported locale, falling back to the default. */
export function resolveLocale(input?: string | null): Locale {
  if (!input) return DEFAULT_LOCALE;
  const base = input.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : DEFAULT_LOCALE;
}

/** The whole bundle for a locale. Throws for an unsupported locale (use `resolveLocale` for user input). */
export function getContent(locale: Locale = DEFAULT_LOCALE): ContentBundle {
  if (!isLocale(locale)) {
    throw new Error(`Unsupported content locale "${String(locale)}"; supported: ${LOCALES.join(", ")}.`);
  }
  return BUNDLES[locale];
}

// ---------------------------------------------------------------- numbers

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
const MASTERS: readonly number[] = [11, 22, 33];

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

function digitSum(n: number): number {
  let s = 0;
  for (let m = n; m > 0; m = Math.floor(m / 10)) s += m % 10;
  return s;
}

/** Full reduction to 1–9 (0 stays 0). */
export function rootOf(n: number): number {
  let m = n;
  while (m > 9) m = digitSum(m);
  return m;
}

/** Reduction that keeps 11, 22 and 33. */
function reduceKeepingMasters(n: number): number {
  let m = n;
  while (m > 9 && !MASTERS.includes(m)) m = digitSum(m);
  return m;
}

function assertInteger(what: string, n: number): void {
  if (typeof n !== "number" || !Number.isInteger(n)) {
    throw new Error(`${what} must be an integer, got ${String(n)}.`);
  }
}

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
  if (type === "birthday") return reduceKeepingMasters(entryNumber) as CoreNumber;
  if (type === "karmicDebt") return rootOf(entryNumber) as CoreNumber;
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
  const key = reduceKeepingMasters(n) as CoreNumber;
  const a = getContent(locale).numbers[key];
  return { ...a, keywords: [...a.keywords], strengths: [...a.strengths], challenges: [...a.challenges], number: key };
}

/** Section heading and "what this number is" description. */
export function sectionIntro(key: SectionKey, locale: Locale = DEFAULT_LOCALE): SectionIntro {
  const intro = getContent(locale).intros[key];
  if (!intro) throw new Error(`Unknown content section "${String(key)}".`);
  return { ...intro };
}

// ---------------------------------------------------------------- cycles

/** Cycles are 1–9; a stray master or compound (11, 22 …) is reduced to its root. */
function cycleDigit(what: string, n: number): Digit {
  assertInteger(what, n);
  if (n < 1) throw new Error(`${what} must be 1–9, got ${n}.`);
  return rootOf(n) as Digit;
}

export function personalYearReading(n: number, locale: Locale = DEFAULT_LOCALE): PersonalYearEntry & { number: Digit } {
  const d = cycleDigit("A personal year", n);
  const e = getContent(locale).personalYear[d];
  return { ...e, focus: [...e.focus], avoid: [...e.avoid], number: d };
}

export function personalMonthReading(
  n: number,
  locale: Locale = DEFAULT_LOCALE,
): PersonalMonthEntry & { number: Digit } {
  const d = cycleDigit("A personal month", n);
  const e = getContent(locale).personalMonth[d];
  return { ...e, focus: [...e.focus], avoid: [...e.avoid], number: d };
}

/** 32-bit FNV-1a. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Deterministic variant index for a date key. For ISO dates (YYYY-MM-DD) the month is hashed and
 * the day's nine-day block is added, so within one month the days that share a personal-day number
 * (d, d+9, d+18, d+27) get different variants whenever there are at least four.
 * Any other string is simply hashed.
 */
export function variantIndex(dateKey: string, count: number): number {
  if (typeof dateKey !== "string" || dateKey.trim() === "") {
    throw new Error("dateKey must be a non-empty string such as 2026-11-26.");
  }
  if (!Number.isInteger(count) || count < 1) throw new Error(`Variant count must be ≥ 1, got ${count}.`);
  const iso = /^(\d{4}-\d{2})-(\d{2})$/.exec(dateKey.trim());
  if (iso) {
    const day = Number(iso[2]);
    if (day >= 1 && day <= 31) {
      return (hashString(iso[1]) + Math.floor((day - 1) / 9)) % count;
    }
  }
  return hashString(dateKey) % count;
}

/** Today's reading for a personal day number, picked deterministically from `dateKey` (e.g. "2026-11-26"). */
export function dailyReading(personalDay: number, dateKey: string, locale: Locale = DEFAULT_LOCALE): DailyReading {
  const d = cycleDigit("A personal day", personalDay);
  const entry = getContent(locale).personalDay[d];
  const variant = variantIndex(dateKey, entry.variants.length);
  const v = entry.variants[variant];
  return { number: d, title: entry.title, luckyColour: entry.luckyColour, variant, ...v };
}

export function universalReading(
  kind: UniversalKind,
  n: number,
  locale: Locale = DEFAULT_LOCALE,
): UniversalEntry & { kind: UniversalKind; number: Digit } {
  const table = getContent(locale).universal[kind];
  if (!table) throw new Error(`Unknown universal cycle "${String(kind)}"; expected day, month or year.`);
  const d = cycleDigit(`A universal ${kind}`, n);
  return { ...table[d], kind, number: d };
}

// ---------------------------------------------------------------- remedies, Lo Shu, Kua

/** Remedies for a number; masters and compounds use their root (11 → 2, 22 → 4, 33 → 6). */
export function remedyFor(n: number, locale: Locale = DEFAULT_LOCALE): Remedy & { number: Digit } {
  assertInteger("A remedy number", n);
  if (n < 1) throw new Error(`Remedies exist for numbers 1 and up, got ${n}.`);
  const d = rootOf(n) as Digit;
  const r = getContent(locale).remedies[d];
  return { ...r, colours: [...r.colours], days: [...r.days], number: d };
}

export function remediesDisclaimer(locale: Locale = DEFAULT_LOCALE): string {
  return getContent(locale).remediesDisclaimer;
}

function assertDigit(what: string, n: number): asserts n is Digit {
  assertInteger(what, n);
  if (n < 1 || n > 9) throw new Error(`${what} must be a digit 1–9, got ${n}.`);
}

/** Meaning and remedies for a digit missing from the Lo Shu grid. */
export function loShuMissingRemedy(
  digit: number,
  locale: Locale = DEFAULT_LOCALE,
): LoShuMissingRemedy & { digit: Digit } {
  assertDigit("A Lo Shu digit", digit);
  const r = getContent(locale).loShuMissing[digit];
  return { ...r, remedies: [...r.remedies], digit };
}

/** What a digit's count in the Lo Shu grid means: 0 = missing, 1 = present, 2 = twice, 3+ = many. */
export function loShuDigitReading(digit: number, count: number, locale: Locale = DEFAULT_LOCALE): LoShuDigitReading {
  assertDigit("A Lo Shu digit", digit);
  assertInteger("A Lo Shu count", count);
  if (count < 0) throw new Error(`A Lo Shu count cannot be negative, got ${count}.`);
  const bundle = getContent(locale);
  const t = bundle.loShuDigits[digit];
  if (count === 0) return { digit, count, theme: t.theme, kind: "missing", text: bundle.loShuMissing[digit].meaning };
  if (count === 1) return { digit, count, theme: t.theme, kind: "present", text: t.present };
  if (count === 2) return { digit, count, theme: t.theme, kind: "twice", text: t.twice };
  return { digit, count, theme: t.theme, kind: "many", text: t.many };
}

export const ARROW_NAMES: readonly ArrowName[] = [
  "Mental",
  "Emotional",
  "Practical",
  "Thought",
  "Will",
  "Action",
  "Determination",
  "Spirituality",
];

/** Arrow text for an engine arrow key such as "strength:Will" or "weakness:Thought". */
export function loShuArrow(
  key: ArrowKey | string,
  locale: Locale = DEFAULT_LOCALE,
): ArrowText & { key: ArrowKey; kind: "strength" | "weakness"; name: ArrowName } {
  const text = (getContent(locale).arrows as Record<string, ArrowText | undefined>)[key];
  if (!text) {
    throw new Error(
      `Unknown Lo Shu arrow "${key}"; expected "strength:NAME" or "weakness:NAME" with NAME one of ${ARROW_NAMES.join(", ")}.`,
    );
  }
  const [kind, name] = key.split(":") as ["strength" | "weakness", ArrowName];
  return { ...text, key: key as ArrowKey, kind, name };
}

const FAVOURABLE_KINDS: readonly FavourableKind[] = ["shengQi", "tianYi", "yanNian", "fuWei"];
const UNFAVOURABLE_KINDS: readonly UnfavourableKind[] = ["huoHai", "wuGui", "liuSha", "jueMing"];

export function directionName(kind: DirectionKind, locale: Locale = DEFAULT_LOCALE): DirectionName {
  const d = getContent(locale).directionNames[kind];
  if (!d) throw new Error(`Unknown direction kind "${String(kind)}".`);
  return { ...d };
}

/** Kua facts (group, element, directions) joined with the locale's text. Kua 5 does not exist. */
export function kuaReading(kua: number, locale: Locale = DEFAULT_LOCALE): KuaReading {
  assertInteger("A Kua number", kua);
  if (kua === 5) {
    throw new Error("There is no Kua 5: it becomes 2 for males and 8 for females.");
  }
  if (kua < 1 || kua > 9) throw new Error(`A Kua number must be 1–9 (not 5), got ${kua}.`);
  const k = kua as KuaNumber;
  const facts = KUA_FACTS[k];
  const bundle = getContent(locale);
  const text = bundle.kua[k];
  return {
    kua: k,
    ...facts,
    favourable: { ...facts.favourable },
    unfavourable: { ...facts.unfavourable },
    ...text,
    tips: [...text.tips],
    favourableList: FAVOURABLE_KINDS.map((kind) => ({
      kind,
      direction: facts.favourable[kind],
      ...bundle.directionNames[kind],
    })),
    unfavourableList: UNFAVOURABLE_KINDS.map((kind) => ({
      kind,
      direction: facts.unfavourable[kind],
      ...bundle.directionNames[kind],
    })),
  };
}

// ---------------------------------------------------------------- letters

export type LetterRole = "cornerstone" | "capstone" | "transit";

function normaliseLetter(letter: string): Letter {
  const up = typeof letter === "string" ? letter.trim().toUpperCase() : "";
  if (!/^[A-Z]$/.test(up)) throw new Error(`Expected a single Latin letter A–Z, got "${String(letter)}".`);
  return up as Letter;
}

/** One-line meaning of a letter as cornerstone, capstone or transit letter (case-insensitive). */
export function letterMeaning(role: LetterRole, letter: string, locale: Locale = DEFAULT_LOCALE): string {
  if (role !== "cornerstone" && role !== "capstone" && role !== "transit") {
    throw new Error(`Unknown letter role "${String(role)}"; expected cornerstone, capstone or transit.`);
  }
  return getContent(locale).letters[normaliseLetter(letter)][role];
}

export const cornerstoneMeaning = (letter: string, locale: Locale = DEFAULT_LOCALE): string =>
  letterMeaning("cornerstone", letter, locale);
export const capstoneMeaning = (letter: string, locale: Locale = DEFAULT_LOCALE): string =>
  letterMeaning("capstone", letter, locale);
export const transitMeaning = (letter: string, locale: Locale = DEFAULT_LOCALE): string =>
  letterMeaning("transit", letter, locale);

/** First-vowel meaning for A, E, I, O, U or Y; the engine's "" (no vowel) gets a neutral note. */
export function firstVowelMeaning(vowel: string, locale: Locale = DEFAULT_LOCALE): string {
  const bundle = getContent(locale);
  if (vowel === "") return bundle.firstVowelNone;
  const v = normaliseLetter(vowel);
  const text = (bundle.firstVowel as Record<string, string | undefined>)[v];
  if (!text) throw new Error(`"${vowel}" is not a vowel; expected A, E, I, O, U, Y or "".`);
  return text;
}

// ---------------------------------------------------------------- compatibility

export const RELATIONS: readonly Relation[] = ["partner", "child", "parent", "friend", "colleague", "other"];

/** Band for a 0–100 score: 0–39 low, 40–59 moderate, 60–79 good, 80–100 excellent. */
export function scoreBand(score: number): ScoreBand {
  if (typeof score !== "number" || !Number.isFinite(score) || score < 0 || score > 100) {
    throw new Error(`A compatibility score must be between 0 and 100, got ${String(score)}.`);
  }
  if (score < 40) return "low";
  if (score < 60) return "moderate";
  if (score < 80) return "good";
  return "excellent";
}

export function bandText(band: ScoreBand, locale: Locale = DEFAULT_LOCALE): BandText {
  const t = getContent(locale).compatibilityBands[band];
  if (!t) throw new Error(`Unknown score band "${String(band)}".`);
  return { ...t };
}

export function relationFraming(relation: Relation, locale: Locale = DEFAULT_LOCALE): string {
  const t = getContent(locale).relations[relation];
  if (!t) throw new Error(`Unknown relation "${String(relation)}"; expected one of ${RELATIONS.join(", ")}.`);
  return t;
}

/** Narrative for a compatibility score between two people, framed for their relation. */
export function compatibilityNarrative(
  score: number,
  relation: Relation = "other",
  locale: Locale = DEFAULT_LOCALE,
): CompatibilityNarrative {
  const band = scoreBand(score);
  const t = bandText(band, locale);
  return { score, band, label: t.label, summary: t.summary, tip: t.tip, framing: relationFraming(relation, locale) };
}

/** Where a digit sits in the Lo Shu square (for remedies): N, SW, E, SE, Centre, NW, W, NE, S. */
export function loShuSector(digit: number): (typeof LO_SHU_SECTOR)[Digit] {
  assertDigit("A Lo Shu digit", digit);
  return LO_SHU_SECTOR[digit];
}
