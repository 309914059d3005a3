import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const doc = readFileSync(path.join(repoRoot, "docs/numerology-conventions.md"), "utf8");

/** "2" for "## 2. How a name is read", "2.4" for the fourth numbered step inside it. */
function sectionNumbers(markdown: string): Set<string> {
  const numbers = new Set<string>();
  let section: string | null = null;
  for (const line of markdown.split("\n")) {
    const heading = /^## (\d+)\. \S/.exec(line);
    if (heading) numbers.add((section = heading[1]));
    else if (line.startsWith("#")) section = null;
    const step = /^(\d+)\. \S/.exec(line);
    if (step && section) numbers.add(`${section}.${step[1]}`);
  }
  return numbers;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

const citations = ["app", "tests", "scripts"]
  .flatMap((dir) => sourceFiles(path.join(repoRoot, dir)))
  .flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/CONVENTIONS(\.md)?( §(\d+(?:\.\d+)?))?/g)].map((m) => ({
      where: path.relative(repoRoot, file),
      cited: m[3] ?? `(no section: "${m[0]}")`,
    })),
  )
  // This file's own pattern and examples are not citations.
  .filter((c) => c.where !== path.relative(repoRoot, fileURLToPath(import.meta.url)));

describe("CONVENTIONS citations", () => {
  const sections = sectionNumbers(doc);

  it("reads numbered sections and steps from docs/numerology-conventions.md", () => {
    expect(sections).toContain("1");
    expect(sections).toContain("2.4");
    expect(sections.size).toBeGreaterThan(10);
  });

  it("finds the code's citations", () => {
    expect(citations.length).toBeGreaterThan(15);
  });

  it("every CONVENTIONS §N in the code names a section that exists", () => {
    const broken = citations.filter((c) => !sections.has(c.cited)).map((c) => `${c.where}: §${c.cited}`);
    expect(broken).toEqual([]);
  });
});
