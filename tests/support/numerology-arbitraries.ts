/** fast-check generators of engine input: real dates, names with accents and joiners, every option. */
import fc from "fast-check";
import type { NumerologyOptions, ProfileInput } from "~/numerology";

const DAY_MS = 86_400_000;

/** A real calendar date between two years, as YYYY-MM-DD. */
export const isoDate = (fromYear: number, toYear: number) =>
  fc
    .integer({ min: Date.UTC(fromYear, 0, 1) / DAY_MS, max: Date.UTC(toYear, 11, 31) / DAY_MS })
    .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));

const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéÉüßØæŁłñçÅ";
const word = fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 9 });
const namePart = fc
  .tuple(word, fc.constantFrom("", "'", "-"))
  .chain(([w, joiner]) => (joiner === "" ? fc.constant(w) : word.map((w2) => w + joiner + w2)));
export const personName = fc.array(namePart, { minLength: 1, maxLength: 4 }).map((words) => words.join(" "));

export const optionsArb: fc.Arbitrary<NumerologyOptions> = fc.record(
  {
    system: fc.constantFrom("pythagorean", "chaldean"),
    lifePathMethod: fc.constantFrom("components", "digits"),
    nameMethod: fc.constantFrom("per-name", "total"),
    masterNumbers: fc.constantFrom([11, 22, 33], [11, 22], [], [11, 22, 33, 44]),
    y: fc.constantFrom("auto", "vowel", "consonant"),
    loShuAddDriverConductor: fc.boolean(),
    kuaYearStart: fc.constantFrom("solar", "january"),
  },
  { requiredKeys: [] },
);

export const profileInput: fc.Arbitrary<ProfileInput> = fc.record({
  birthName: personName,
  birthDate: isoDate(1800, 2000),
  today: isoDate(2001, 2100),
  gender: fc.constantFrom("male", "female"),
  options: optionsArb,
});
