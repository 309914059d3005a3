/**
 * HTTP throughput of NumerAI's pages as a share of a bare Remix v2 page (scripts/bench/bare), all in one
 * run on this machine: `npm run bench:http` (builds first). The bare page is measured on its own before and
 * after the app's pages, and, because the load other processes put on a shared machine changes from one
 * minute to the next, each page's share is taken against the bare page measured in alternating slices
 * beside it (BENCH_ROUNDS pairs of bare slice + page slice). autocannon, 50 connections, 10 s per page
 * after 2 s unrecorded (BENCH_DURATION, BENCH_WARMUP, BENCH_ROUNDS, BENCH_CONNECTIONS override;
 * BENCH_ONLY=/report,/daily measures only those pages; BENCH_LIBSQL=0 skips the /dashboard-on-LibSQL row;
 * BENCH_APP_ENV="REPORT_CACHE_CHARS=0" passes settings to the app; BENCH_ACCEPT_ENCODING="gzip, deflate, br"
 * asks the app's pages for compressed answers, as a browser does; the bare page never compresses).
 */
import autocannon from "autocannon";
import { benchAppEnv, startApp, stopApp } from "./app.ts";
import { buildBare, startBare, stopBare } from "./bare.ts";
import { benchContext, GOALS, selectedPages, type PageGroup } from "./pages.ts";

const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const warmup = Number(process.env.BENCH_WARMUP ?? 2);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const appEnv = benchAppEnv();
const acceptEncoding = process.env.BENCH_ACCEPT_ENCODING;

interface Row {
  target: string;
  rps: number;
  /** The bare page's req/s in the slices beside this row's (the row's 100%). */
  floor?: number;
  p50: number;
  p99: number;
  errors: number;
  group?: PageGroup;
}

interface Slice {
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
  errors: number;
}

const run = async (url: string, seconds: number, headers: Record<string, string> = {}): Promise<Slice> => {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  return {
    requests: result.requests.total,
    seconds: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
  };
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rate = (slices: Slice[]) =>
  slices.reduce((n, s) => n + s.requests, 0) / slices.reduce((t, s) => t + s.seconds, 0);

/** Latencies are the median of the slices' p50 and p99. */
function rowOf(target: string, slices: Slice[]): Row {
  return {
    target,
    rps: Math.round(rate(slices)),
    p50: median(slices.map((s) => s.p50)),
    p99: median(slices.map((s) => s.p99)),
    errors: slices.reduce((n, s) => n + s.errors, 0),
  };
}

let bareUrl = "";

/** The bare page alone (the before/after rows). */
async function measureBare(target: string): Promise<Row> {
  await run(bareUrl, warmup);
  return rowOf(target, [await run(bareUrl, duration)]);
}

/** A page in slices alternating with the bare page; its share is against those bare slices. */
async function measure(target: string, url: string, headers: Record<string, string> = {}): Promise<Row> {
  if (acceptEncoding) headers = { ...headers, "Accept-Encoding": acceptEncoding };
  // Unrecorded first: the JIT and the caches warm on it, so every row is measured warm.
  await run(url, warmup, headers);
  const page: Slice[] = [];
  const floor: Slice[] = [];
  for (let i = 0; i < rounds; i++) {
    floor.push(await run(bareUrl, duration / rounds));
    page.push(await run(url, duration / rounds, headers));
  }
  return { ...rowOf(target, page), floor: rate(floor) };
}

buildBare();
const bare = await startBare();
bareUrl = bare.url;
const app = await startApp(appEnv);
const rows: Row[] = [];
let before: Row, after: Row;
try {
  const ctx = await benchContext(app.base);
  before = await measureBare("bare Remix page (before)");
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
  const libsql = await startApp({ ...appEnv, DATABASE_DRIVER: "libsql" });
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
  after = await measureBare("bare Remix page (after)");
} finally {
  await stopBare(bare);
}

const overall = (before.rps + after.rps) / 2;
const shareOf = (row: Row) => row.rps / (row.floor ?? overall);
const verdict = (row: Row) => {
  const goals = [];
  if (row.group) {
    const goal = GOALS[row.group];
    goals.push(shareOf(row) >= goal ? `≥${goal * 100}% ok` : `<${goal * 100}% MISSED`);
  }
  if (row.p50 > 0) goals.push(row.p99 < 10 * row.p50 ? "p99<10×p50 ok" : "p99≥10×p50 MISSED");
  return goals.join(", ");
};
console.log(
  `\nautocannon: ${connections} connections, ${duration} s per row (${rounds} slices), one run on this machine` +
    (acceptEncoding ? `; the app's pages asked with Accept-Encoding: ${acceptEncoding}` : ""),
);
console.log(`bare Remix page alone: ${before.rps} req/s before the pages, ${after.rps} after`);
console.log("Each page's share is against the bare page measured in slices alternating with it.\n");
console.log("| target | req/s | bare page beside it | vs bare Remix | p50 ms | p99 ms | non-2xx/errors | goals |");
console.log("|---|---:|---:|---:|---:|---:|---:|---|");
for (const row of [before, ...rows, after]) {
  const floor = Math.round(row.floor ?? overall);
  console.log(
    `| ${row.target} | ${row.rps} | ${floor} | ${(shareOf(row) * 100).toFixed(0)}% | ${row.p50} | ${row.p99} | ${row.errors} | ${verdict(row)} |`,
  );
}
