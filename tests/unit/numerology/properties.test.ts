import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareProfiles,
  computeProfile,
  NumerologyInputError,
  suggestNameSpellings,
  type Profile,
  type ProfileInput,
} from "~/numerology";
import { isoDate, optionsArb, personName, profileInput } from "../../support/numerology-arbitraries";

const MASTER_KEYS = [
  "lifePath",
  "birthday",
  "attitude",
  "expression",
  "soulUrge",
  "personality",
  "maturity",
  "balance",
  "rationalThought",
  "essence",
] as const;
const SINGLE_DIGIT_KEYS = [
  "personalYear",
  "personalMonth",
  "personalDay",
  "universalYear",
  "universalMonth",
  "universalDay",
  "kua",
] as const;

describe("profile properties", () => {
  it("keeps every number in 1–9 or an allowed master (0 only where the conventions allow it)", () => {
    fc.assert(
      fc.property(profileInput, (input) => {
        const p = computeProfile(input);
        const masters = input.options?.masterNumbers ?? [11, 22, 33];
        const inRange = (v: number) => (v >= 1 && v <= 9) || masters.includes(v);
        for (const key of MASTER_KEYS) {
          const v = p[key]!.value;
          const zeroAllowed = key === "soulUrge" || key === "personality";
          expect(inRange(v) || (zeroAllowed && v === 0), `${key} = ${v}`).toBe(true);
        }
        for (const key of SINGLE_DIGIT_KEYS)
          expect(p[key]!.value >= 1 && p[key]!.value <= 9, `${key} = ${p[key]!.value}`).toBe(true);
        for (const n of [p.chaldean.nameNumber.value, p.loShu.driver.value, p.loShu.conductor.value]) {
          expect(n >= 1 && n <= 9).toBe(true);
        }
        expect(p.subconsciousSelf.value >= 1 && p.subconsciousSelf.value <= 9).toBe(true);
        for (const pin of p.pinnacles) expect(inRange(pin.number)).toBe(true);
        for (const ch of p.challenges) expect(ch.number >= 0 && ch.number <= 8).toBe(true);
        for (const key of [...MASTER_KEYS, ...SINGLE_DIGIT_KEYS] as const) {
          const r = p[key]!;
          expect(r.chain[0]).toBe(r.compound);
          expect(r.chain[r.chain.length - 1]).toBe(r.value);
          expect(r.steps.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives a Life Path that does not depend on the name", () => {
    fc.assert(
      fc.property(personName, personName, isoDate(1800, 2100), optionsArb, (a, b, birthDate, options) => {
        const pa = computeProfile({ birthName: a, birthDate, options });
        const pb = computeProfile({ birthName: b, birthDate, options });
        expect(pa.lifePath).toEqual(pb.lifePath);
      }),
    );
  });

  it("repeats the Personal Day every 9 days within a month", () => {
    fc.assert(
      fc.property(
        isoDate(1800, 2000),
        fc.integer({ min: 2001, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 19 }),
        (birthDate, year, month, day) => {
          const mm = String(month).padStart(2, "0");
          const today = (d: number) => `${year}-${mm}-${String(d).padStart(2, "0")}`;
          const first = computeProfile({ birthName: "Test Person", birthDate, today: today(day) });
          const later = computeProfile({ birthName: "Test Person", birthDate, today: today(day + 9) });
          expect(later.personalDay!.value).toBe(first.personalDay!.value);
        },
      ),
    );
  });

  it("counts in Lo Shu exactly the non-zero digits of the date", () => {
    fc.assert(
      fc.property(isoDate(1800, 2100), fc.boolean(), (birthDate, add) => {
        const p = computeProfile({ birthName: "Test Person", birthDate, options: { loShuAddDriverConductor: add } });
        const digits = birthDate
          .replace(/-/g, "")
          .split("")
          .map(Number)
          .filter((d) => d !== 0);
        for (let d = 1; d <= 9; d++) {
          const extra = add ? Number(p.loShu.driver.value === d) + Number(p.loShu.conductor.value === d) : 0;
          expect(p.loShu.counts[d as 1]).toBe(digits.filter((x) => x === d).length + extra);
        }
      }),
    );
  });
});

describe("compatibility properties", () => {
  it("is symmetric, mirrored and within 0–100", () => {
    fc.assert(
      fc.property(profileInput, profileInput, (ia, ib) => {
        const a: Profile = computeProfile(ia);
        const b: Profile = computeProfile(ib);
        const ab = compareProfiles(a, b);
        const ba = compareProfiles(b, a);
        expect(ab.score).toBe(ba.score);
        expect(Number.isInteger(ab.score) && ab.score >= 0 && ab.score <= 100).toBe(true);
        ab.pairs.forEach((pair, i) => {
          expect(ba.pairs[i]).toMatchObject({
            key: pair.key,
            a: pair.b,
            b: pair.a,
            score: pair.score,
            weight: pair.weight,
          });
          expect(pair.score >= 0 && pair.score <= 100).toBe(true);
        });
      }),
    );
  });
});

/** Any string, including lone surrogates, control characters and emoji. */
const anyString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 30 }),
  fc.constantFrom(
    "",
    " ",
    "李小龙",
    "😀",
    "2023-02-30",
    "1799-12-31",
    "2000-01-01",
    "male",
    "chaldean",
    "x".repeat(100_000),
  ),
);

function onlyTypedErrors(run: () => unknown): void {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(NumerologyInputError);
    const err = e as NumerologyInputError;
    expect(typeof err.field).toBe("string");
    expect(err.message.length).toBeGreaterThan(0);
  }
}

describe("hostile input", () => {
  it("never throws anything but NumerologyInputError for string inputs", () => {
    fc.assert(
      fc.property(
        anyString,
        anyString,
        anyString,
        anyString,
        anyString,
        anyString,
        (name, birth, today, gender, system, option) => {
          onlyTypedErrors(() => computeProfile({ birthName: name, birthDate: "1990-05-14" }));
          onlyTypedErrors(() => computeProfile({ birthName: "Ann Lee", birthDate: birth, today }));
          onlyTypedErrors(() =>
            computeProfile({ birthName: name, birthDate: birth, today, gender, system } as unknown as ProfileInput),
          );
          onlyTypedErrors(() =>
            computeProfile({
              birthName: "Ann Lee",
              birthDate: "1990-05-14",
              options: { y: option, yOverrides: { [option]: "vowel" } },
            } as unknown as ProfileInput),
          );
          onlyTypedErrors(() => suggestNameSpellings(name, 5, system as "pythagorean"));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws anything but NumerologyInputError for values of the wrong type", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (x, y, z) => {
        onlyTypedErrors(() => computeProfile({ birthName: x, birthDate: y, today: z } as unknown as ProfileInput));
        onlyTypedErrors(() =>
          computeProfile({
            birthName: "Ann",
            birthDate: "2000-01-01",
            gender: x,
            options: y,
          } as unknown as ProfileInput),
        );
        onlyTypedErrors(() => computeProfile(x as ProfileInput));
        onlyTypedErrors(() => suggestNameSpellings(x as string, y as number, z as "chaldean"));
      }),
    );
  });
});
