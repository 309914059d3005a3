import { NumerologyInputError } from "./errors";
import { nameNumberOf } from "./name-numbers";
import { foldToLatin, transliterateName } from "./names";
import { parseSystem } from "./options";
import type { NumberResult, NumberSystem } from "./types";

export interface NameSuggestion {
  spelling: string;
  /** Expression value (Pythagorean) or Chaldean name number (Chaldean). */
  number: number;
  compound: number;
  /** What changed, in plain words: "doubled the N in Ann". */
  change: string;
}

export const MAX_SUGGESTIONS = 20;

const TARGETS: Readonly<Record<NumberSystem, readonly number[]>> = {
  pythagorean: [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 22, 33],
  chaldean: [1, 2, 3, 4, 5, 6, 7, 8, 9],
};

/** Common alternate spellings, tried both ways; `end` rules only apply at the end of a word. */
const ALTERNATES: readonly { from: string; to: string; end?: boolean }[] = [
  { from: "ph", to: "f" },
  { from: "c", to: "k" },
  { from: "y", to: "i" },
  { from: "y", to: "ie", end: true },
  { from: "ee", to: "i" },
  { from: "ou", to: "u" },
  { from: "th", to: "t" },
  { from: "s", to: "z" },
  { from: "e", to: "", end: true },
  { from: "h", to: "", end: true },
];

interface Variant {
  spelling: string;
  change: string;
}

const isLatinLetter = (ch: string) => ch !== "" && /^[A-Z]+$/.test(foldToLatin(ch));
const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

const isSeparator = (ch: string) => /[\s\-‐‑]/.test(ch);
/** A word (or hyphenated part) ends at i: O'Brien does not end at its apostrophe. */
const isWordEnd = (name: string, i: number) => i === name.length || isSeparator(name[i]);

/** The name part around index i, as typed ("Marie" in "Anne-Marie"). */
function wordAt(name: string, i: number): string {
  let start = i;
  let end = i;
  while (start > 0 && !isSeparator(name[start - 1])) start--;
  while (end < name.length && !isSeparator(name[end])) end++;
  return name.slice(start, end);
}

/** Gives `replacement` the case of the text it replaces ("Ph" → "F", "PH" → "F", "ph" → "f"). */
function matchCase(replaced: string, replacement: string, word: string): string {
  if (replacement === "" || replaced === "")
    return word === word.toUpperCase() ? replacement.toUpperCase() : replacement;
  if (isUpper(replaced[0])) {
    const allUpper = replaced.length > 1 ? replaced === replaced.toUpperCase() : word === word.toUpperCase();
    return allUpper ? replacement.toUpperCase() : replacement[0].toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

function doublings(name: string): Variant[] {
  const variants: Variant[] = [];
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (!isLatinLetter(ch)) continue;
    const lower = ch.toLowerCase();
    if (name[i - 1]?.toLowerCase() === lower || name[i + 1]?.toLowerCase() === lower) continue;
    const next = name[i + 1] ?? "";
    const copy = isUpper(ch) && next !== "" && !isUpper(next) ? lower : ch;
    variants.push({
      spelling: name.slice(0, i + 1) + copy + name.slice(i + 1),
      change: `doubled the ${foldToLatin(ch)} in ${wordAt(name, i)}`,
    });
  }
  return variants;
}

function undoublings(name: string): Variant[] {
  const variants: Variant[] = [];
  for (let i = 0; i + 1 < name.length; i++) {
    if (!isLatinLetter(name[i]) || name[i].toLowerCase() !== name[i + 1].toLowerCase()) continue;
    variants.push({
      spelling: name.slice(0, i + 1) + name.slice(i + 2),
      change: `made the double ${foldToLatin(name[i])} in ${wordAt(name, i)} single`,
    });
  }
  return variants;
}

function middleInitials(name: string): Variant[] {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return [];
  const variants: Variant[] = [];
  for (let code = 65; code <= 90; code++) {
    const initial = String.fromCharCode(code);
    variants.push({
      spelling: [words[0], initial, ...words.slice(1)].join(" "),
      change: `added the middle initial ${initial}`,
    });
  }
  for (let w = 1; w < words.length - 1; w++) {
    if (words[w].length !== 1 || !isLatinLetter(words[w])) continue;
    variants.push({
      spelling: [...words.slice(0, w), ...words.slice(w + 1)].join(" "),
      change: `removed the middle initial ${foldToLatin(words[w])}`,
    });
  }
  return variants;
}

function matchesAt(name: string, i: number, text: string): boolean {
  for (let j = 0; j < text.length; j++) if (name[i + j]?.toLowerCase() !== text[j]) return false;
  return true;
}

function alternateSpellings(name: string): Variant[] {
  const variants: Variant[] = [];
  for (const rule of ALTERNATES) {
    for (const [from, to] of [
      [rule.from, rule.to],
      [rule.to, rule.from],
    ]) {
      for (let i = 0; i <= name.length - from.length; i++) {
        const end = i + from.length;
        if (!matchesAt(name, i, from)) continue;
        if (rule.end && !isWordEnd(name, end)) continue;
        if (from === "" && (i === 0 || !isLatinLetter(name[i - 1]) || name[i - 1].toLowerCase() === to)) continue;
        const word = wordAt(name, from === "" ? i - 1 : i); // adding at a word end: the word is before i
        const replacement = matchCase(name.slice(i, end), to, word);
        const change =
          from === ""
            ? `added a final ${to} to ${word}`
            : to === ""
              ? `removed the final ${from} from ${word}`
              : `changed "${from}" to "${to}" in ${word}`;
        variants.push({ spelling: name.slice(0, i) + replacement + name.slice(end), change });
      }
    }
  }
  return variants;
}

/** Edit distance: how big a change looks to a person. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

function nameNumber(spelling: string, system: NumberSystem): NumberResult | null {
  try {
    return nameNumberOf(spelling, system, "name", false); // only the number is compared
  } catch (e) {
    if (e instanceof NumerologyInputError) return null; // e.g. a one-letter word lost its only letter
    throw e;
  }
}

/**
 * Spelling variants of `name` whose number hits `target`: the Expression value (Pythagorean, masters
 * kept) or the Chaldean name number. Smallest edits first, at most MAX_SUGGESTIONS, no duplicates.
 */
export function suggestNameSpellings(
  name: string,
  target: number,
  system: NumberSystem = "pythagorean",
): NameSuggestion[] {
  const sys = parseSystem(system, "system");
  transliterateName(name, "name");
  if (!TARGETS[sys].includes(target)) {
    throw new NumerologyInputError(
      "target",
      "unknown_value",
      `The target number must be one of ${TARGETS[sys].join(", ")} for the ${sys} system.`,
    );
  }
  const candidates = [...doublings(name), ...undoublings(name), ...middleInitials(name), ...alternateSpellings(name)]
    .filter((v) => v.spelling !== name)
    .map((v) => ({ ...v, distance: editDistance(name, v.spelling) }))
    .sort((x, y) => x.distance - y.distance || (x.spelling < y.spelling ? -1 : x.spelling > y.spelling ? 1 : 0));

  const seen = new Set<string>();
  const suggestions: NameSuggestion[] = [];
  for (const { spelling, change } of candidates) {
    if (seen.has(spelling)) continue;
    seen.add(spelling);
    const result = nameNumber(spelling, sys);
    if (result === null || result.value !== target) continue;
    suggestions.push({ spelling, number: result.value, compound: result.compound, change });
    if (suggestions.length === MAX_SUGGESTIONS) break;
  }
  return suggestions;
}
