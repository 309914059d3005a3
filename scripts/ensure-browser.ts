/** Installs Debian's Chromium when no browser is present (CI on a fresh machine); a no-op otherwise. */
import { execSync } from "node:child_process";
import { findChromium } from "./chromium";

try {
  console.log(`browser: ${findChromium()}`);
} catch {
  console.log("No Chromium found: installing Debian's chromium package…");
  const sudo = process.getuid?.() === 0 ? "" : "sudo ";
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
    stdio: "inherit",
  });
  console.log(`browser: ${findChromium()}`);
}
