/**
 * Where one page spends its CPU: `npm run bench:profile -- /report` (after a build) runs the app under
 * `node --cpu-prof`, loads the page with autocannon (BENCH_CONNECTIONS, default 20, for BENCH_DURATION s,
 * default 10), and prints the functions with the most self time and the profile's path (open it in
 * Chrome DevTools).
 * `:id` in the path becomes the bench person's id; the bench account's cookie goes along unless
 * BENCH_SIGNED_OUT=1; BENCH_APP_ENV="DATABASE_DRIVER=libsql" passes settings to the app.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { benchAppEnv, startApp, stopApp } from "./app.ts";
import { benchContext } from "./pages.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const target = process.argv[2] ?? "/";
const app = await startApp(benchAppEnv(), ["--cpu-prof"]);
try {
  const ctx = await benchContext(app.base);
  const url = app.base + target.replace(":id", ctx.personId);
  const result = await autocannon({
    url,
    connections: Number(process.env.BENCH_CONNECTIONS ?? 20),
    duration: Number(process.env.BENCH_DURATION ?? 10),
    headers: process.env.BENCH_SIGNED_OUT === "1" ? {} : { Cookie: ctx.cookie },
  });
  console.log(`${target}: ${Math.round(result.requests.average)} req/s, ${result.non2xx} non-2xx`);
} finally {
  await stopApp(app, { keepDir: true });
}

// The app's own profile is the largest (tsx's loader thread writes a small one beside it).
const files = readdirSync(app.dir).filter((f) => f.endsWith(".cpuprofile"));
const largest = files
  .map((f) => path.join(app.dir, f))
  .sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0];
const profile = JSON.parse(readFileSync(largest, "utf8")) as CpuProfile;
const timeOf = new Map<number, number>();
profile.samples.forEach((id, i) => timeOf.set(id, (timeOf.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const self = new Map<string, number>();
let total = 0;
for (const node of profile.nodes) {
  const time = timeOf.get(node.id) ?? 0;
  total += time;
  const { functionName, url: file, lineNumber } = node.callFrame;
  const where = file.split("/node_modules/").pop()!.split("/").slice(-2).join("/");
  const key = `${functionName || "(anonymous)"} ${where}:${lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + time);
}
console.log("\nself time (start-up included):");
for (const [key, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(`${((time / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
console.log(`\nprofile: ${largest}`);
