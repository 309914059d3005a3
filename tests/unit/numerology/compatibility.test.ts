import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  COMPATIBILITY_MATRIX,
  COMPATIBILITY_WEIGHTS,
  compareProfiles,
  computeProfile,
  numberRelationOf,
  type NumberRelation,
} from "~/numerology";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const doc = readFileSync(path.join(repoRoot, "docs/numerology-compatibility.md"), "utf8");

const RELATIONS: readonly NumberRelation[] = ["natural", "compatible", "neutral", "challenging"];

/** Rows "| 1 | 5, 7 | 1, 2, 3, 9 | 6 | 4, 8 |" of the matrix in the doc. */
function docMatrix(): Map<number, NumberRelation[]> {
  const rows = new Map<number, NumberRelation[]>();
  for (const line of doc.split("\n")) {
    const m = /^\| ([1-9]) \|(.*)\|$/.exec(line.trim());
    if (!m) continue;
    const row: NumberRelation[] = [];
    m[2].split("|").forEach((cell, i) => {
      for (const n of cell
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean))
        row[Number(n) - 1] = RELATIONS[i];
    });
    rows.set(Number(m[1]), row);
  }
  return rows;
}

const person = (birthName: string, birthDate: string) => computeProfile({ birthName, birthDate });

describe("compatibility matrix", () => {
  it("matches every row of docs/numerology-compatibility.md", () => {
    const rows = docMatrix();
    expect([...rows.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const [n, row] of rows) {
      expect(row, `row ${n}`).toHaveLength(9);
      expect(row, `row ${n}`).toEqual(COMPATIBILITY_MATRIX[n - 1]);
    }
  });

  it("matches the weights in the doc", () => {
    const labels = {
      lifePath: "Life Path",
      expression: "Expression",
      soulUrge: "Soul Urge",
      personality: "Personality",
      birthday: "Birthday",
    };
    for (const [key, label] of Object.entries(labels)) {
      expect(doc).toContain(`| ${label} | ${COMPATIBILITY_WEIGHTS[key as keyof typeof labels]} |`);
    }
  });

  it("is symmetric and reads master numbers by their root", () => {
    for (let a = 1; a <= 9; a++)
      for (let b = 1; b <= 9; b++) expect(numberRelationOf(a, b)).toBe(numberRelationOf(b, a));
    expect(numberRelationOf(11, 8)).toBe(numberRelationOf(2, 8));
    expect(numberRelationOf(22, 33)).toBe(numberRelationOf(4, 6));
  });
});

describe("compareProfiles", () => {
  it("gives the documented same-person result", () => {
    const plain = person("Sally Jane Smith", "1977-05-04"); // no master among the five
    expect(
      [plain.lifePath, plain.expression, plain.soulUrge, plain.personality, plain.birthday].every((r) => r.value <= 9),
    ).toBe(true);
    expect(compareProfiles(plain, plain).score).toBe(75);

    const lp11 = person("Sally Jane Smith", "1990-05-05"); // Life Path 11 only
    expect(lp11.lifePath.value).toBe(11);
    expect([lp11.expression, lp11.soulUrge, lp11.personality, lp11.birthday].every((r) => r.value <= 9)).toBe(true);
    expect(compareProfiles(lp11, lp11).score).toBe(79);
  });

  it("explains each pair in one line", () => {
    const a = person("Test Person", "1990-05-05"); // Life Path 11
    const b = person("Test Person", "1977-05-04"); // Life Path 6
    const result = compareProfiles(a, b);
    const lifePath = result.pairs[0];
    expect(lifePath).toMatchObject({ key: "lifePath", a: 11, b: 6, relation: "compatible", score: 75, weight: 35 });
    expect(lifePath.reason).toBe("Life Path 11 (the visionary, read as 2) and 6 (the nurturer): compatible");
    for (const pair of result.pairs) {
      expect(pair.reason).not.toContain("\n");
      expect(pair.reason).toContain(String(pair.a));
    }
  });

  it("adds the master bonus and scores the natural families", () => {
    const a = person("Test Person", "1990-05-05");
    expect(compareProfiles(a, a).pairs[0]).toMatchObject({
      score: 85,
      reason: expect.stringContaining("+10 for the same master number"),
    });
    const one = person("Test Person", "1936-10-12"); // Life Path 5
    const seven = person("Test Person", "1962-07-03"); // Life Path 1
    expect(compareProfiles(one, seven).pairs[0]).toMatchObject({ a: 5, b: 1, relation: "natural", score: 100 });
  });

  it("scores a missing Soul Urge as neutral", () => {
    const ng = person("Ng", "2000-01-01");
    const pair = compareProfiles(ng, person("Ann", "2000-01-01")).pairs.find((p) => p.key === "soulUrge")!;
    expect(pair).toMatchObject({ a: 0, relation: "neutral", score: 50 });
    expect(pair.reason).toContain("no vowels");
  });
});
