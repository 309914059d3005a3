import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeProfile, nameNumberOf, NumerologyInputError, personalCycles, type ProfileInput } from "~/numerology";
import { personName, profileInput } from "../../support/numerology-arbitraries";

/** The profile with every `steps` and `karmicSteps` list emptied: what `steps: false` must return. */
function withoutSteps(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSteps);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key, key === "steps" || key === "karmicSteps" ? [] : withoutSteps(v)]),
  );
}

/** Every steps list found anywhere in a value, with its path. */
function stepLists(value: unknown, path = ""): [string, unknown[]][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => stepLists(v, `${path}.${i}`));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === "steps" || key === "karmicSteps" ? [[`${path}.${key}`, v as unknown[]]] : stepLists(v, `${path}.${key}`),
  );
}

describe("steps: false", () => {
  it("gives the same profile as the full path, every steps list empty, for any person and options", () => {
    fc.assert(
      fc.property(profileInput, (input) => {
        const full = computeProfile(input);
        const bare = computeProfile({ ...input, steps: false });
        expect(bare).toEqual(withoutSteps(full));
        const lists = stepLists(bare);
        expect(lists.length).toBeGreaterThan(25);
        for (const [path, list] of lists) expect(list, path).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps the arithmetic of a Y override, the digits method and Lo Shu with driver and conductor", () => {
    const input: ProfileInput = {
      birthName: "Yvonne Lynn Mayer",
      birthDate: "1977-05-04",
      today: "2026-11-26",
      gender: "female",
      options: { yOverrides: { Lynn: "consonant" }, lifePathMethod: "digits", loShuAddDriverConductor: true },
    };
    expect(computeProfile({ ...input, steps: false })).toEqual(withoutSteps(computeProfile(input)));
  });

  it("shares one frozen empty list, so no caller can add steps to another's profile", () => {
    const a = computeProfile({ birthName: "John", birthDate: "2000-01-01", steps: false });
    expect(() => (a.lifePath.steps as string[]).push("changed by a caller")).toThrow(TypeError);
    expect(computeProfile({ birthName: "Ann", birthDate: "2001-02-03", steps: false }).lifePath.steps).toEqual([]);
  });

  it("still builds steps when asked for them explicitly", () => {
    const p = computeProfile({ birthName: "John", birthDate: "2000-01-01", steps: true });
    expect(p.expression.steps).toEqual(["JOHN: J1 + O6 + H8 + N5 = 20 → 2+0 = 2"]);
  });

  it("refuses anything but true or false, on the steps field", () => {
    for (const steps of ["false", 0, null, {}]) {
      let error: unknown;
      try {
        computeProfile({ birthName: "John", birthDate: "2000-01-01", steps } as unknown as ProfileInput);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(NumerologyInputError);
      expect((error as NumerologyInputError).field).toBe("steps");
    }
  });

  it("gives bulk helpers the same numbers without wording", () => {
    fc.assert(
      fc.property(personName, fc.constantFrom("pythagorean", "chaldean"), (name, system) => {
        const full = nameNumberOf(name, system);
        const bare = nameNumberOf(name, system, undefined, false);
        expect(bare).toEqual({ ...full, steps: [] });
      }),
    );
    const birth = { year: 1962, month: 7, day: 3 };
    const today = { year: 2026, month: 11, day: 26 };
    expect(personalCycles(birth, today, false)).toEqual(withoutSteps(personalCycles(birth, today)));
  });
});
