/** Compatibility: score bands and the framing for each relation between two people. */
import { PERSON_RELATIONS } from "~/people/relations";
import { getContent } from "./locale";
import {
  DEFAULT_LOCALE,
  type BandText,
  type CompatibilityNarrative,
  type Locale,
  type Relation,
  type ScoreBand,
} from "./types";

export { PERSON_RELATIONS as RELATIONS } from "~/people/relations";

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
  if (!t) throw new Error(`Unknown relation "${String(relation)}"; expected one of ${PERSON_RELATIONS.join(", ")}.`);
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
