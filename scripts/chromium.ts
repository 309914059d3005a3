import { existsSync } from "node:fs";

/** Flags every browser run uses here: headless, sandbox-free as root, no calls to Google's services. */
export const CHROMIUM_BASE_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The browser tests' flags: the base ones plus savings that don't change what a test checks. */
export const CHROMIUM_ARGS = [
  ...CHROMIUM_BASE_ARGS,
  // Cheaper on a two-core machine (about a tenth off the browser tests): no SwiftShader GL (software
  // compositing instead), no paint holding, and one local site needs no per-site renderer processes.
  "--disable-software-rasterizer",
  "--disable-features=PaintHolding",
  "--disable-site-isolation-trials",
  "--renderer-process-limit=2",
];

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];

export function findChromium(): string {
  const found = CANDIDATES.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
  if (!found)
    throw new Error(
      "No Chromium found: run `node --import tsx scripts/ensure-browser.ts` (installs Debian's chromium).",
    );
  return found;
}
