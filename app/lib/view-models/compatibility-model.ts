/** Two profiles compared, with the narrative and labels the page and the PDF both show. Pure. */
import {
  compatibilityNarrative,
  resolveLocale,
  sectionIntro,
  type CompatibilityNarrative,
  type Relation,
} from "~/content";
import { compareProfiles, type CompatibilityPair, type Profile } from "~/numerology";

export interface CompatibilityReport {
  score: number;
  narrative: CompatibilityNarrative;
  pairs: Array<CompatibilityPair & { label: string }>;
}

/** The relation that frames the narrative: the person's, when one side is "me"; otherwise a neutral "other". */
export function relationBetween(
  a: { key: string; relation: Relation | null },
  b: { key: string; relation: Relation | null },
): Relation {
  return (a.key === "me" ? b.relation : b.key === "me" ? a.relation : null) ?? "other";
}

export function buildCompatibility(
  a: Profile,
  b: Profile,
  relation: Relation = "other",
  options: { locale?: string } = {},
): CompatibilityReport {
  const locale = resolveLocale(options.locale);
  const { score, pairs } = compareProfiles(a, b);
  return {
    score,
    narrative: compatibilityNarrative(score, relation, locale),
    pairs: pairs.map((pair) => ({ ...pair, label: sectionIntro(pair.key, locale).title })),
  };
}
