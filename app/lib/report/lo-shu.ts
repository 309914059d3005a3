/** The Lo Shu square's facts for the report: cells in layout order, arrows, missing and repeating digits. */
import { loShuArrow, loShuDigitReading, loShuMissingRemedy, loShuSector, sectionIntro, type Locale } from "~/content";
import type { Profile } from "~/numerology";
import type { LoShuCell, LoShuFacts } from "./types";

/** Lo Shu square layout, top row first (4 9 2 / 3 5 7 / 8 1 6). */
export const LO_SHU_LAYOUT: readonly (readonly number[])[] = [
  [4, 9, 2],
  [3, 5, 7],
  [8, 1, 6],
];

export function loShuFacts(p: Profile, locale: Locale): LoShuFacts {
  const intro = sectionIntro("loShu", locale);
  const cellOf = (digit: number): LoShuCell => {
    const count = p.loShu.counts[digit as keyof typeof p.loShu.counts];
    const r = loShuDigitReading(digit, count, locale);
    return { digit, count, theme: r.theme, kind: r.kind, text: r.text, sector: loShuSector(digit) };
  };
  return {
    title: intro.title,
    intro: intro.description,
    cells: LO_SHU_LAYOUT.flat().map(cellOf),
    arrows: p.loShu.arrows.map((key) => {
      const a = loShuArrow(key, locale);
      return { key: a.key, kind: a.kind, name: a.name, title: a.title, paragraph: a.paragraph };
    }),
    arrowsIntro: sectionIntro("loShuArrows", locale).description,
    missing: p.loShu.missing.map((digit) => {
      const m = loShuMissingRemedy(digit, locale);
      return {
        digit,
        meaning: m.meaning,
        direction: m.direction,
        element: m.element,
        remedies: m.remedies,
        affirmation: m.affirmation,
      };
    }),
    missingIntro: sectionIntro("loShuMissing", locale).description,
    repeating: p.loShu.repeating.map(cellOf),
    repeatingIntro: sectionIntro("loShuRepeating", locale).description,
    steps: p.loShu.steps,
  };
}
