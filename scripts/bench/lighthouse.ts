/**
 * Lighthouse on the production build: `npm run bench:lighthouse` (builds first) serves the app the way
 * the other benches do, signs the bench account in, and runs Lighthouse's default (mobile: emulated
 * phone, simulated slow 4G and 4× CPU slowdown) on `/`, the calculator with a result, `/dashboard` and
 * `/report` in Debian's Chromium. Goals: performance ≥ 95 and accessibility 100 on each.
 *
 * LIGHTHOUSE_APP_DIR=/path/to/checkout serves that checkout's server.ts and build instead of this one
 * (built there beforehand), so an older build is measured by the same script in the same session.
 * Each page is run LIGHTHOUSE_RUNS times (default 3) and the run with the median performance is shown:
 * this machine is shared, and one slow run is noise.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";
import { CHROMIUM_BASE_ARGS, findChromium } from "../chromium.ts";
import { startApp, stopApp } from "./app.ts";
import { benchContext, CALCULATOR_QUERY } from "./pages.ts";

const PERFORMANCE_GOAL = 95;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const ACCESSIBILITY_GOAL = 100;

const PAGES = [
  { label: "/", path: "/", signedIn: false },
  { label: "/calculator with a result", path: `/calculator?${CALCULATOR_QUERY}`, signedIn: false },
  { label: "/dashboard", path: "/dashboard", signedIn: true },
  { label: "/report", path: "/report", signedIn: true },
];

/** Chromium with its DevTools port open; the port is read from what it prints on start. */
async function launchChromium(profileDir: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(
    findChromium(),
    [...CHROMIUM_BASE_ARGS, "--remote-debugging-port=0", `--user-data-dir=${profileDir}`, "about:blank"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let output = "";
    child.stderr!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const found = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (found) resolve(Number(found[1]));
    });
    child.once("exit", (code) => reject(new Error(`Chromium exited (${code}) before listening:\n${output}`)));
  });
  return { child, port };
}

const ms = (value: number | undefined) => (value === undefined ? "–" : `${Math.round(value)} ms`);
const score = (value: number | null | undefined) => (value == null ? "–" : String(Math.round(value * 100)));

const appDir = process.env.LIGHTHOUSE_APP_DIR ? path.resolve(process.env.LIGHTHOUSE_APP_DIR) : process.cwd();
const app = await startApp({}, [], appDir);
const profileDir = mkdtempSync(path.join(tmpdir(), "numerai-lighthouse-"));
const chromium = await launchChromium(profileDir);
const rows: string[] = [];
const findings: string[] = [];
try {
  const ctx = await benchContext(app.base);
  for (const page of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(app.base + page.path, {
        port: chromium.port,
        logLevel: "error",
        output: "json",
        onlyCategories: ["performance", "accessibility"],
        extraHeaders: page.signedIn ? { Cookie: ctx.cookie } : undefined,
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      runs.push(result.lhr);
    }
    runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    const { categories, audits } = runs[Math.floor(runs.length / 2)];
    const performance = categories.performance?.score;
    const accessibility = categories.accessibility?.score;
    const ok = (performance ?? 0) * 100 >= PERFORMANCE_GOAL && (accessibility ?? 0) * 100 >= ACCESSIBILITY_GOAL;
    rows.push(
      `| ${page.label} | ${score(performance)} | ${score(accessibility)} | ${ms(audits["largest-contentful-paint"]?.numericValue)} | ${ms(audits["total-blocking-time"]?.numericValue)} | ${(audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)} | ${((audits["total-byte-weight"]?.numericValue ?? 0) / 1024).toFixed(1)} KB | ${ok ? "ok" : "MISSED"} |`,
    );
    // What keeps a page from its goals: failed accessibility audits, performance audits below 0.9.
    for (const [category, passing] of [
      ["accessibility", 1],
      ["performance", 0.9],
    ] as const) {
      for (const ref of categories[category]?.auditRefs ?? []) {
        const audit = audits[ref.id];
        if (audit?.score == null || audit.score >= passing || audit.scoreDisplayMode === "informative") continue;
        const value = audit.displayValue ? ` (${audit.displayValue})` : "";
        findings.push(`- ${page.label}: ${category} · ${audit.id}: ${audit.title}${value}`);
      }
    }
  }
} finally {
  chromium.child.kill("SIGTERM");
  await stopApp(app);
  rmSync(profileDir, { recursive: true, force: true });
}
console.log(
  `\nLighthouse, mobile preset (${appDir}; goals: performance ≥ ${PERFORMANCE_GOAL}, accessibility ${ACCESSIBILITY_GOAL})\n`,
);
console.log("| page | performance | accessibility | LCP | TBT | CLS | total bytes | goals |");
console.log("|---|---:|---:|---:|---:|---:|---:|---|");
for (const row of rows) console.log(row);
if (findings.length) console.log(`\nWhat Lighthouse flags:\n${findings.join("\n")}`);
