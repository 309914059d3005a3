// Follows docs/numerology-compatibility.md exactly; a unit test compares the two.
import { reduceToDigit } from "./reduction";
import type { Profile } from "./types";

export type NumberRelation = "natural" | "compatible" | "neutral" | "challenging";
export type CompatibilityKey = "lifePath" | "expression" | "soulUrge" | "personality" | "birthday";

export interface CompatibilityPair {
  key: CompatibilityKey;
  a: number;
  b: number;
  relation: NumberRelation;
  /** 0–100 for this number pair, bonus included. */
  score: number;
  weight: number;
  /** One line in plain words. */
  reason: string;
}

export interface Compatibility {
  /** Weighted mean of the pair scores, rounded (0–100). */
  score: number;
  pairs: CompatibilityPair[];
}

export const NUMBER_RELATION_SCORES: Readonly<Record<NumberRelation, number>> = {
  natural: 100,
  compatible: 75,
  neutral: 50,
  challenging: 25,
};
export const SAME_MASTER_BONUS = 10;
export const TWO_MASTERS_BONUS = 5;

/** Weights sum to 100, so the score is a weighted mean. */
export const COMPATIBILITY_WEIGHTS: Readonly<Record<CompatibilityKey, number>> = {
  lifePath: 35,
  expression: 20,
  soulUrge: 20,
  personality: 10,
  birthday: 15,
};

const KEY_LABELS: Readonly<Record<CompatibilityKey, string>> = {
  lifePath: "Life Path",
  expression: "Expression",
  soulUrge: "Soul Urge",
  personality: "Personality",
  birthday: "Birthday",
};

// Per root number 1–9: [natural, compatible, neutral, challenging]. Same table as the doc.
const RELATION_ROWS: Readonly<Record<number, readonly [number[], number[], number[], number[]]>> = {
  1: [[5, 7], [1, 2, 3, 9], [6], [4, 8]],
  2: [[4, 8], [1, 2, 6, 9], [3], [5, 7]],
  3: [
    [6, 9],
    [1, 3, 5],
    [2, 8],
    [4, 7],
  ],
  4: [[2, 8], [4, 6, 7], [9], [1, 3, 5]],
  5: [[1, 7], [3, 5, 9], [8], [2, 4, 6]],
  6: [[3, 9], [2, 4, 6, 8], [1], [5, 7]],
  7: [[1, 5], [4, 7], [9], [2, 3, 6, 8]],
  8: [
    [2, 4],
    [6, 8],
    [3, 5],
    [1, 7, 9],
  ],
  9: [[3, 6], [1, 2, 5, 9], [4, 7], [8]],
};

const NUMBER_RELATION_ORDER: readonly NumberRelation[] = ["natural", "compatible", "neutral", "challenging"];

/** COMPATIBILITY_MATRIX[a - 1][b - 1] for roots a, b in 1–9; symmetric. */
export const COMPATIBILITY_MATRIX: readonly (readonly NumberRelation[])[] = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((a) => {
  const row: NumberRelation[] = [];
  RELATION_ROWS[a].forEach((numbers, i) => {
    for (const b of numbers) row[b - 1] = NUMBER_RELATION_ORDER[i];
  });
  return row;
});

/** Relation of two numbers; masters are looked up by their root (11 → 2, 22 → 4, 33 → 6). */
export function numberRelationOf(a: number, b: number): NumberRelation {
  return COMPATIBILITY_MATRIX[reduceToDigit(a) - 1][reduceToDigit(b) - 1];
}

const KEYWORDS: Readonly<Record<number, string>> = {
  1: "the leader",
  2: "the peacemaker",
  3: "the communicator",
  4: "the builder",
  5: "the adventurer",
  6: "the nurturer",
  7: "the seeker",
  8: "the achiever",
  9: "the humanitarian",
  11: "the visionary",
  22: "the master builder",
  33: "the master teacher",
};

const NUMBER_RELATION_PHRASES: Readonly<Record<NumberRelation, string>> = {
  natural: "a natural match",
  compatible: "compatible",
  neutral: "neutral: neither helps nor hinders",
  challenging: "a challenging mix that needs effort",
};

function describe(n: number, key: CompatibilityKey): string {
  if (n === 0) return "0 (no " + (key === "soulUrge" ? "vowels" : "consonants") + ")";
  if (n <= 9) return n + " (" + KEYWORDS[n] + ")";
  return n + " (" + (KEYWORDS[n] ?? "a master number") + ", read as " + reduceToDigit(n) + ")";
}

function comparePair(key: CompatibilityKey, a: number, b: number): CompatibilityPair {
  const weight = COMPATIBILITY_WEIGHTS[key];
  const head = KEY_LABELS[key] + " " + describe(a, key) + " and " + describe(b, key) + ": ";
  // Only Soul Urge and Personality can be 0 (a name without vowels or consonants): nothing to compare.
  if (a === 0 || b === 0) {
    return {
      key,
      a,
      b,
      relation: "neutral",
      score: NUMBER_RELATION_SCORES.neutral,
      weight,
      reason: head + "nothing to compare, scored neutral",
    };
  }
  const relation = numberRelationOf(a, b);
  let bonus = 0;
  let bonusText = "";
  if (a > 9 && b > 9) {
    bonus = a === b ? SAME_MASTER_BONUS : TWO_MASTERS_BONUS;
    bonusText =
      a === b ? " (+" + bonus + " for the same master number)" : " (+" + bonus + " as both are master numbers)";
  }
  const sameRoot = reduceToDigit(a) === reduceToDigit(b) ? "the same number, " : "";
  return {
    key,
    a,
    b,
    relation,
    weight,
    score: Math.min(100, NUMBER_RELATION_SCORES[relation] + bonus),
    reason: head + sameRoot + NUMBER_RELATION_PHRASES[relation] + bonusText,
  };
}

const KEYS: readonly CompatibilityKey[] = ["lifePath", "expression", "soulUrge", "personality", "birthday"];

/** Compatibility of two profiles; symmetric: swapping a and b mirrors the pairs and keeps every score. */
export function compareProfiles(a: Profile, b: Profile): Compatibility {
  const pairs = KEYS.map((key) => comparePair(key, a[key].value, b[key].value));
  let weighted = 0;
  let totalWeight = 0;
  for (const pair of pairs) {
    weighted += pair.score * pair.weight;
    totalWeight += pair.weight;
  }
  return { score: Math.round(weighted / totalWeight), pairs };
}
