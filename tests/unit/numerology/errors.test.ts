import { describe, expect, it } from "vitest";
import { computeProfile, NumerologyInputError, type ProfileInput } from "~/numerology";

const base: ProfileInput = { birthName: "Ann Lee", birthDate: "1990-05-14" };

function refusal(input: unknown): NumerologyInputError {
  try {
    computeProfile(input as ProfileInput);
  } catch (e) {
    if (e instanceof NumerologyInputError) return e;
    throw e;
  }
  throw new Error("expected a NumerologyInputError");
}

describe("computeProfile input checks (CONVENTIONS §13)", () => {
  it.each([
    ["a name in another script", { ...base, birthName: "李小龙" }, "birthName", "invalid_character"],
    ["a name with no letters", { ...base, birthName: "'-'" }, "birthName", "no_letters"],
    ["a missing name", { ...base, birthName: undefined }, "birthName", "required"],
    ["a badly written date", { ...base, birthDate: "14/05/1990" }, "birthDate", "invalid_format"],
    ["a date that does not exist", { ...base, birthDate: "2023-02-30" }, "birthDate", "invalid_date"],
    ["a non-leap 29 February", { ...base, birthDate: "1900-02-29" }, "birthDate", "invalid_date"],
    ["a birth year before 1800", { ...base, birthDate: "1799-12-31" }, "birthDate", "year_too_early"],
    ["a birth date after today", { ...base, today: "1990-05-13" }, "birthDate", "after_today"],
    ["a bad today", { ...base, today: "2026-13-01" }, "today", "invalid_date"],
    ["an unknown gender", { ...base, gender: "other" }, "gender", "unknown_value"],
    ["an unknown system", { ...base, system: "vedic" }, "system", "unknown_value"],
    ["an unknown options.system", { ...base, options: { system: "vedic" } }, "options.system", "unknown_value"],
    [
      "an unknown life path method",
      { ...base, options: { lifePathMethod: "sum" } },
      "options.lifePathMethod",
      "unknown_value",
    ],
    ["an unknown name method", { ...base, options: { nameMethod: "x" } }, "options.nameMethod", "unknown_value"],
    ["master numbers below 10", { ...base, options: { masterNumbers: [5] } }, "options.masterNumbers", "unknown_value"],
    ["an unknown Y mode", { ...base, options: { y: "sometimes" } }, "options.y", "unknown_value"],
    [
      "a bad Y override",
      { ...base, options: { yOverrides: { Lee: "maybe" } } },
      "options.yOverrides.Lee",
      "unknown_value",
    ],
    [
      "a non-boolean Lo Shu switch",
      { ...base, options: { loShuAddDriverConductor: "yes" } },
      "options.loShuAddDriverConductor",
      "unknown_value",
    ],
    [
      "an unknown Kua year start",
      { ...base, options: { kuaYearStart: "lunar" } },
      "options.kuaYearStart",
      "unknown_value",
    ],
    [
      "an unknown option",
      { ...base, options: { lifepathMethod: "digits" } },
      "options.lifepathMethod",
      "unknown_value",
    ],
  ])("refuses %s", (_what, input, field, code) => {
    const err = refusal(input);
    expect(err.field).toBe(field);
    expect(err.code).toBe(code);
    expect(err.name).toBe("NumerologyInputError");
    expect(err.message).toMatch(/^[A-Z"T0-9]/);
    expect(err.message).not.toMatch(/undefined|\[object/);
  });

  it("accepts a birth date equal to today, 29 February in leap years and both system spellings", () => {
    expect(() => computeProfile({ ...base, today: "1990-05-14" })).not.toThrow();
    expect(() => computeProfile({ ...base, birthDate: "2000-02-29", today: "2001-02-28" })).not.toThrow();
    expect(computeProfile({ ...base, options: { system: "chaldean" } }).input.options.system).toBe("chaldean");
    expect(
      computeProfile({ ...base, system: "chaldean", options: { system: "pythagorean" } }).input.options.system,
    ).toBe("chaldean");
  });

  it("computes age in completed years, with 29 February reached on 1 March", () => {
    const age = (today: string) => computeProfile({ ...base, birthDate: "2000-02-29", today }).input.age;
    expect(age("2001-02-28")).toBe(0);
    expect(age("2001-03-01")).toBe(1);
    expect(age("2004-02-29")).toBe(4);
  });

  it("leaves out today-only and gender-only keys when they are not given", () => {
    const p = computeProfile(base);
    for (const key of [
      "personalYear",
      "personalMonth",
      "personalDay",
      "universalYear",
      "universalMonth",
      "universalDay",
      "transits",
      "essence",
      "kua",
    ]) {
      expect(key in p, key).toBe(false);
    }
  });
});
