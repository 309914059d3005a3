import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium";

/**
 * Browser tests run against the built app, started by global-setup on a free port with a fresh
 * database, a real SMTP capture server and a local OAuth2 server. Every flow runs twice: with
 * JavaScript on and off.
 */
const launchOptions = { executablePath: findChromium(), args: CHROMIUM_ARGS };

export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/global-setup.ts",
  outputDir: "test-results",
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 7_000 },
  reporter: [["list"], ["json", { outputFile: "reports/playwright.json" }]],
  use: {
    baseURL: process.env.E2E_BASE_URL,
    // Recording a trace of every test costs a fifth of the run; a failure is retried with one.
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    // Each test is a fresh browser profile, so a service worker would precache the whole build for
    // every test; only the PWA spec lets it run.
    serviceWorkers: "block",
    launchOptions,
  },
  projects: [
    { name: "js", use: { ...devices["Desktop Chrome"], launchOptions, javaScriptEnabled: true } },
    // Tests tagged @once check the server (headers, APIs, access control) or CSS layout, which do not
    // change with JavaScript; they run in the js project only.
    {
      name: "no-js",
      use: { ...devices["Desktop Chrome"], launchOptions, javaScriptEnabled: false },
      grepInvert: /@once/,
    },
  ],
});
