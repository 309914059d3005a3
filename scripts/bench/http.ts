/**
 * HTTP throughput of NumerAI's pages beside a bare node:http hello-world, in one run on this
 * machine: `npm run bench:http` (builds first). autocannon, 50 connections, 10 s per target
 * (BENCH_DURATION / BENCH_CONNECTIONS override; BENCH_PATHS adds signed-in pages, comma-separated).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import autocannon from "autocannon";
import { expectRedirect, postForm, signedInCookie, startApp, stopApp } from "./app.ts";

const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const signedInPaths = (process.env.BENCH_PATHS ?? "/dashboard,/remedies,/remedies/progress").split(",").filter(Boolean);

interface Row {
  target: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function measure(target: string, url: string, headers: Record<string, string> = {}): Promise<Row> {
  const result = await autocannon({ url, connections, duration, headers });
  const non2xx = result.non2xx + result.errors + result.timeouts;
  return {
    target,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: non2xx,
  };
}

const hello = createServer((_req, res) => {
  res.writeHead(200, { "Content-Type": "text/plain" });
  res.end("hello world");
});
await new Promise<void>((resolve) => hello.listen(0, "127.0.0.1", resolve));
const helloUrl = `http://127.0.0.1:${(hello.address() as AddressInfo).port}/`;

/** One tracked remedy checked in today, so /remedies/progress draws a streak and a calendar cell. */
async function trackARemedy(base: string, cookie: string) {
  // The bench account (born 15 November 1984) has no 2 in its Lo Shu grid.
  const tracked = expectRedirect(await postForm(base, "/remedies", { remedyId: "lo-shu-2" }, cookie), "track");
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
  const checkIn = { intent: "check-in", date: today, done: "yes", rating: "4" };
  expectRedirect(await postForm(base, tracked.headers.get("Location")!, checkIn, cookie), "check-in");
}

const app = await startApp();
const cookie = await signedInCookie(app.base);
await trackARemedy(app.base, cookie);
const rows: Row[] = [];
try {
  rows.push(await measure("node:http hello-world", helloUrl));
  hello.close();
  rows.push(await measure("/ (landing, signed out)", `${app.base}/`));
  for (const pathname of signedInPaths)
    rows.push(await measure(`${pathname} (signed in)`, app.base + pathname, { Cookie: cookie }));
} finally {
  await stopApp(app);
}

const baseline = rows[0].rps;
console.log(`\nautocannon: ${connections} connections, ${duration} s each, one run on this machine\n`);
console.log("| target | req/s | vs node:http | p50 ms | p99 ms | non-2xx/errors |");
console.log("|---|---:|---:|---:|---:|---:|");
for (const row of rows) {
  console.log(
    `| ${row.target} | ${row.rps} | ${((row.rps / baseline) * 100).toFixed(1)}% | ${row.p50} | ${row.p99} | ${row.errors} |`,
  );
}
