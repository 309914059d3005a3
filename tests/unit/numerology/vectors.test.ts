import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { computeProfile, NumerologyInputError, type ProfileInput } from "~/numerology";

interface Vector {
  id: string;
  input: ProfileInput;
  expect: Record<string, unknown>;
  source?: string;
  notes?: string;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
// The project's own copy of the public vectors is the input (tests never read ../shared).
const fixturePath = path.join(repoRoot, "tests/fixtures/numerology-vectors.json");
const vectors: Vector[] = JSON.parse(readFileSync(fixturePath, "utf8"));

const isNumberResult = (v: unknown): v is { value: unknown } =>
  typeof v === "object" && v !== null && !Array.isArray(v) && "value" in v && "chain" in v;

/**
 * Vector paths: segments walk objects; a non-numeric segment on an array maps over it
 * ("pinnacles.number"); a number result at the end stands for its `.value`.
 */
function resolvePath(root: unknown, dotted: string): unknown {
  let current: unknown = root;
  for (const segment of dotted.split(".")) {
    if (Array.isArray(current) && !/^\d+$/.test(segment)) {
      current = current.map((item) => (item as Record<string, unknown>)[segment]);
    } else if (typeof current === "object" && current !== null) {
      current = (current as Record<string, unknown>)[segment];
    } else {
      return undefined;
    }
  }
  return isNumberResult(current) ? current.value : current;
}

function expectMatches(actual: unknown, expected: unknown, where: string): void {
  if (typeof expected === "object" && expected !== null && !Array.isArray(expected)) {
    // Expected objects list only the keys that matter (e.g. loShu.counts).
    for (const [key, value] of Object.entries(expected)) {
      expectMatches(resolvePath(actual, key), value, `${where}.${key}`);
    }
    return;
  }
  expect(actual, where).toEqual(expected);
}

/** A "throws" field matches the error's field exactly or one dotted segment of it ("lifePathMethod" ~ "options.lifePathMethod"). */
function fieldMatches(actual: string, expected: string): boolean {
  return actual === expected || actual.split(".").includes(expected);
}

describe("public numerology vectors", () => {
  it("has vectors to run", () => {
    expect(vectors.length).toBeGreaterThan(0);
  });

  it.each(vectors.map((v) => [v.id, v] as const))("%s", (_id, vector) => {
    const { throws, ...expected } = vector.expect;
    if (typeof throws === "string") {
      let error: unknown;
      try {
        computeProfile(vector.input);
      } catch (e) {
        error = e;
      }
      expect(error, "expected a NumerologyInputError").toBeInstanceOf(NumerologyInputError);
      const { field } = error as NumerologyInputError;
      expect(fieldMatches(field, throws), `error field "${field}" should be "${throws}"`).toBe(true);
      return;
    }
    const profile = computeProfile(vector.input);
    for (const [key, value] of Object.entries(expected)) {
      expectMatches(resolvePath(profile, key), value, key);
    }
  });
});
