/**
 * HTTP throughput of NumerAI's pages as a share of a bare Remix v2 page (scripts/bench/bare), all in one
 * run on this machine: `npm run bench:http` (builds first). The bare page is measured before and after the
 * app's pages; their mean is the 100%. autocannon, 50 connections, 10 s per target after 2 s unrecorded
 * (BENCH_DURATION, BENCH_WARMUP, BENCH_CONNECTIONS override; BENCH_ONLY=/report,/daily measures only those pages; BENCH_LIBSQL=0 skips
 * the /dashboard-on-LibSQL row).
 */
import autocannon from "autocannon";
import { startApp, stopApp } from "./app.ts";
import { buildBare, startBare, stopBare } from "./bare.ts";
import { benchContext, GOALS, selectedPages, type PageGroup } from "./pages.ts";

const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const warmup = Number(process.env.BENCH_WARMUP ?? 2);

interface Row {
  target: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  group?: PageGroup;
}

async function measure(target: string, url: string, headers: Record<string, string> = {}): Promise<Row> {
  // Unrecorded first: the JIT and the caches warm on it, so every row is measured warm.
  await autocannon({ url, connections, duration: warmup, headers });
  const result = await autocannon({ url, connections, duration, headers });
  return {
    target,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

buildBare();
const bare = await startBare();
const app = await startApp();
const rows: Row[] = [];
let before: Row, after: Row;
try {
  const ctx = await benchContext(app.base);
  before = await measure("bare Remix page (before)", bare.url);
  rows.push(await measure("/healthz", `${app.base}/healthz`));
  for (const page of selectedPages()) {
    const headers: Record<string, string> = page.signedIn ? { Cookie: ctx.cookie } : {};
    rows.push({ ...(await measure(page.label, app.base + page.path(ctx), headers)), group: page.group });
  }
} finally {
  await stopApp(app);
}
if (process.env.BENCH_LIBSQL !== "0") {
  // The same page through the LibSQL dialect (@libsql/client on a local file), the scale-out path.
  const libsql = await startApp({ DATABASE_DRIVER: "libsql" });
  try {
    const ctx = await benchContext(libsql.base);
    rows.push({
      ...(await measure("/dashboard on LibSQL", `${libsql.base}/dashboard`, { Cookie: ctx.cookie })),
      group: "light",
    });
  } finally {
    await stopApp(libsql);
  }
}
try {
  after = await measure("bare Remix page (after)", bare.url);
} finally {
  await stopBare(bare);
}

const floor = (before.rps + after.rps) / 2;
const share = (row: Row) => `${((row.rps / floor) * 100).toFixed(0)}%`;
const verdict = (row: Row) => {
  const goals = [];
  if (row.group)
    goals.push(
      row.rps >= GOALS[row.group] * floor ? `≥${GOALS[row.group] * 100}% ok` : `<${GOALS[row.group] * 100}% MISSED`,
    );
  if (row.p50 > 0) goals.push(row.p99 < 10 * row.p50 ? "p99<10×p50 ok" : "p99≥10×p50 MISSED");
  return goals.join(", ");
};
console.log(`\nautocannon: ${connections} connections, ${duration} s each, one run on this machine`);
console.log(`100% = the bare Remix page, mean of before (${before.rps}) and after (${after.rps}) req/s\n`);
console.log("| target | req/s | vs bare Remix | p50 ms | p99 ms | non-2xx/errors | goals |");
console.log("|---|---:|---:|---:|---:|---:|---|");
for (const row of [before, ...rows, after]) {
  console.log(
    `| ${row.target} | ${row.rps} | ${share(row)} | ${row.p50} | ${row.p99} | ${row.errors} | ${verdict(row)} |`,
  );
}
