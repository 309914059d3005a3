/** Prints one closing line for CI from the vitest and Playwright JSON reports: `tests: N passed, N failed, N skipped`. */
import { existsSync, readFileSync } from "node:fs";

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function vitest(file: string): Counts {
  const report = JSON.parse(readFileSync(file, "utf8"));
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function playwright(file: string): Counts {
  const { stats } = JSON.parse(readFileSync(file, "utf8"));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

const parts: Array<[string, Counts]> = [];
if (existsSync("reports/vitest.json")) parts.push(["unit", vitest("reports/vitest.json")]);
if (existsSync("reports/vitest-libsql.json")) parts.push(["unit on LibSQL", vitest("reports/vitest-libsql.json")]);
if (existsSync("reports/playwright.json")) parts.push(["browser", playwright("reports/playwright.json")]);
const total = parts.reduce(
  (sum, [, c]) => ({ passed: sum.passed + c.passed, failed: sum.failed + c.failed, skipped: sum.skipped + c.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
for (const [name, c] of parts) console.log(`${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
