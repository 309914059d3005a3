import { describe, expect, it } from "vitest";
import {
  ARROW_NAMES,
  CORE_NUMBERS,
  DIGITS,
  LOCALES,
  NUMBER_TYPES,
  RELATIONS,
  type ArrowKey,
  type Letter,
  type NumberType,
  type SectionKey,
  capstoneMeaning,
  compatibilityNarrative,
  cornerstoneMeaning,
  firstVowelMeaning,
  getContent,
  loShuArrow,
  loShuDigitReading,
  loShuMissingRemedy,
  meaningFor,
  numberMeaning,
  personalMonthReading,
  personalYearReading,
  remedyFor,
  sectionIntro,
  transitMeaning,
  universalReading,
  validNumbers,
} from "~/content";

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const CORE = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 22, 33];

/** What each position must cover (from the brief and docs/numerology-conventions.md). */
const EXPECTED: Record<NumberType, number[]> = {
  lifePath: CORE,
  expression: CORE,
  soulUrge: [0, ...CORE],
  personality: [0, ...CORE],
  birthday: range(1, 31),
  maturity: CORE,
  attitude: CORE,
  balance: CORE,
  rationalThought: CORE,
  subconsciousSelf: range(1, 9),
  essence: CORE,
  pinnacle: CORE,
  challenge: range(0, 8),
  chaldeanName: range(1, 9),
  driver: range(1, 9),
  conductor: range(1, 9),
  hiddenPassion: range(1, 9),
  karmicLesson: range(1, 9),
  karmicDebt: [13, 14, 16, 19],
};

const nonEmpty = (s: unknown) => typeof s === "string" && s.trim().length > 0;
const sentences = (s: string) => s.split(/(?<=[.!?])\s+/).filter((x) => x.trim().length > 0).length;

for (const locale of LOCALES) {
  describe(`content completeness (${locale})`, () => {
    it("lists every number type once", () => {
      expect([...NUMBER_TYPES].sort()).toEqual(Object.keys(EXPECTED).sort());
      expect(Object.keys(getContent(locale).positions).sort()).toEqual(Object.keys(EXPECTED).sort());
    });

    it("has archetypes for 1–9, 11, 22, 33 with the requested shape", () => {
      for (const n of CORE_NUMBERS) {
        const a = numberMeaning(n, locale);
        expect(nonEmpty(a.title), `title ${n}`).toBe(true);
        expect(a.keywords.length).toBeGreaterThanOrEqual(4);
        expect(a.keywords.length).toBeLessThanOrEqual(6);
        expect(sentences(a.paragraph)).toBeGreaterThanOrEqual(3);
        expect(sentences(a.paragraph)).toBeLessThanOrEqual(5);
        expect(a.strengths.length).toBeGreaterThanOrEqual(4);
        expect(a.strengths.length).toBeLessThanOrEqual(5);
        expect(a.challenges.length).toBeGreaterThanOrEqual(3);
        expect(a.challenges.length).toBeLessThanOrEqual(4);
        expect(nonEmpty(a.planet) && nonEmpty(a.element)).toBe(true);
      }
    });

    for (const type of NUMBER_TYPES) {
      it(`${type}: every valid number has a full meaning`, () => {
        expect(validNumbers(type)).toEqual(EXPECTED[type]);
        for (const n of EXPECTED[type]) {
          const m = meaningFor(type, n, locale);
          expect(m.fallback, `${type} ${n}`).toBe(false);
          expect(nonEmpty(m.title), `${type} ${n} title`).toBe(true);
          expect(nonEmpty(m.paragraph), `${type} ${n} paragraph`).toBe(true);
          expect(sentences(m.paragraph), `${type} ${n} sentences`).toBeGreaterThanOrEqual(2);
          expect(sentences(m.paragraph), `${type} ${n} sentences`).toBeLessThanOrEqual(4);
          expect(m.keywords.length, `${type} ${n} keywords`).toBeGreaterThan(0);
          expect(m.strengths.length, `${type} ${n} strengths`).toBeGreaterThan(0);
          expect(m.challenges.length, `${type} ${n} challenges`).toBeGreaterThan(0);
          for (const item of [...m.keywords, ...m.strengths, ...m.challenges]) expect(nonEmpty(item)).toBe(true);
          expect(m.strengths.length).toBeLessThanOrEqual(5);
          expect(m.challenges.length).toBeLessThanOrEqual(4);
        }
        const intro = sectionIntro(type, locale);
        expect(nonEmpty(intro.title) && nonEmpty(intro.description)).toBe(true);
        expect(sentences(intro.description)).toBeLessThanOrEqual(2);
      });
    }

    it("birthday meanings carry the reduced number (masters kept)", () => {
      expect(meaningFor("birthday", 29, locale).reduced).toBe(11);
      expect(meaningFor("birthday", 22, locale).reduced).toBe(22);
      expect(meaningFor("birthday", 13, locale).reduced).toBe(4);
      expect(meaningFor("birthday", 31, locale).reduced).toBe(4);
      expect(meaningFor("birthday", 10, locale).reduced).toBe(1);
      expect(meaningFor("birthday", 9, locale).reduced).toBe(9);
      expect(meaningFor("karmicDebt", 16, locale).reduced).toBe(7);
      expect(meaningFor("karmicDebt", 19, locale).reduced).toBe(1);
    });

    it("has personal year and month readings 1–9", () => {
      for (const n of DIGITS) {
        for (const r of [personalYearReading(n, locale), personalMonthReading(n, locale)]) {
          expect(nonEmpty(r.title) && nonEmpty(r.paragraph)).toBe(true);
          expect(r.focus.length).toBeGreaterThan(0);
          expect(r.avoid.length).toBeGreaterThan(0);
        }
        expect(personalMonthReading(n, locale).paragraph.length).toBeLessThan(
          personalYearReading(n, locale).paragraph.length,
        );
        for (const kind of ["day", "month", "year"] as const) {
          const u = universalReading(kind, n, locale);
          expect(nonEmpty(u.title) && nonEmpty(u.text)).toBe(true);
        }
      }
    });

    it("has remedies and Lo Shu texts for 1–9", () => {
      for (const n of DIGITS) {
        const r = remedyFor(n, locale);
        expect(r.colours.length).toBeGreaterThan(0);
        expect(r.days.length).toBeGreaterThan(0);
        for (const s of [r.gemstone, r.planet, r.westernPlanet, r.affirmation, r.practice])
          expect(nonEmpty(s)).toBe(true);
        const m = loShuMissingRemedy(n, locale);
        expect(nonEmpty(m.meaning) && nonEmpty(m.affirmation)).toBe(true);
        expect(m.remedies.length).toBeGreaterThanOrEqual(2);
        for (const count of [0, 1, 2, 3, 5]) expect(nonEmpty(loShuDigitReading(n, count, locale).text)).toBe(true);
      }
    });

    it("has all 16 arrows", () => {
      const keys = Object.keys(getContent(locale).arrows).sort();
      const expected = ARROW_NAMES.flatMap((n) => [`strength:${n}`, `weakness:${n}`]).sort();
      expect(keys).toEqual(expected);
      for (const k of expected) {
        const a = loShuArrow(k as ArrowKey, locale);
        expect(nonEmpty(a.title) && nonEmpty(a.paragraph)).toBe(true);
      }
    });

    it("has cornerstone, capstone and transit lines for A–Z and first vowels", () => {
      for (const letter of "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("") as Letter[]) {
        expect(nonEmpty(cornerstoneMeaning(letter, locale))).toBe(true);
        expect(nonEmpty(capstoneMeaning(letter, locale))).toBe(true);
        expect(nonEmpty(transitMeaning(letter, locale))).toBe(true);
      }
      for (const v of ["A", "E", "I", "O", "U", "Y", ""]) expect(nonEmpty(firstVowelMeaning(v, locale))).toBe(true);
    });

    it("has compatibility narratives for every band and relation", () => {
      for (const score of [0, 39, 40, 59, 60, 79, 80, 100]) {
        for (const rel of RELATIONS) {
          const c = compatibilityNarrative(score, rel, locale);
          expect(nonEmpty(c.label) && nonEmpty(c.summary) && nonEmpty(c.tip) && nonEmpty(c.framing)).toBe(true);
        }
      }
    });

    it("has an intro for every section", () => {
      const keys: SectionKey[] = Object.keys(getContent(locale).intros) as SectionKey[];
      expect(keys.length).toBeGreaterThanOrEqual(NUMBER_TYPES.length + 10);
      for (const k of keys) expect(nonEmpty(sectionIntro(k, locale).description)).toBe(true);
    });
  });
}
