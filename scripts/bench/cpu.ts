/**
 * CPU time the server spends per request, page by page, beside the bare Remix page (scripts/bench/bare):
 * `npm run bench:cpu` (builds first). req/s on this shared 2-core machine swings with whatever else runs;
 * the server process's own CPU time (utime + stime from /proc, all its threads) per request swings far
 * less, so this bench compares changes while other work is going on. 10 connections, CPU_REQUESTS
 * requests per page (default 4,000) after 1,500 unrecorded; BENCH_ONLY and BENCH_APP_ENV as in bench:http.
 */
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { benchAppEnv, startApp, stopApp } from "./app.ts";
import { buildBare, startBare, stopBare } from "./bare.ts";
import { benchContext, selectedPages } from "./pages.ts";

const requests = Number(process.env.CPU_REQUESTS ?? 4000);
const TICKS_PER_SECOND = 100;
const appEnv = benchAppEnv();

function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

async function cpuPerRequest(pid: number, url: string, headers: Record<string, string> = {}) {
  await autocannon({ url, connections: 10, amount: 1500, headers });
  const before = cpuTicks(pid);
  const result = await autocannon({ url, connections: 10, amount: requests, headers });
  const micros = ((cpuTicks(pid) - before) / TICKS_PER_SECOND / requests) * 1e6;
  return { micros, errors: result.non2xx + result.errors + result.timeouts };
}

async function bareCpu(): Promise<number> {
  const bare = await startBare();
  try {
    return (await cpuPerRequest(bare.child.pid!, bare.url)).micros;
  } finally {
    await stopBare(bare);
  }
}

buildBare();
const bareBefore = await bareCpu();
const rows: string[] = [];
const app = await startApp(appEnv);
try {
  const ctx = await benchContext(app.base);
  for (const page of selectedPages()) {
    const headers: Record<string, string> = page.signedIn === false ? {} : { Cookie: ctx.cookie };
    const { micros, errors } = await cpuPerRequest(app.child.pid!, app.base + page.path(ctx), headers);
    rows.push(`| ${page.label} | ${Math.round(micros)} | ${Math.round((bareBefore / micros) * 100)}% | ${errors} |`);
  }
} finally {
  await stopApp(app);
}
const bareAfter = await bareCpu();

console.log(`\nCPU per request (server process, ${requests} requests per row, 10 connections)`);
console.log(`bare Remix page: ${Math.round(bareBefore)} µs before the pages, ${Math.round(bareAfter)} µs after\n`);
console.log("| page | µs CPU per request | requests per CPU-second vs bare | non-2xx/errors |");
console.log("|---|---:|---:|---:|");
for (const row of rows) console.log(row);
