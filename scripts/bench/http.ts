/**
 * HTTP throughput of NumerAI's pages beside a bare node:http hello-world, in one run on this
 * machine: `npm run bench:http` (builds first). autocannon, 50 connections, 10 s per target
 * (BENCH_DURATION / BENCH_CONNECTIONS override; BENCH_PATHS adds signed-in pages, comma-separated).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import autocannon from "autocannon";
import { signedInCookie, startApp, stopApp } from "./app.ts";

const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const signedInPaths = (process.env.BENCH_PATHS ?? "/dashboard").split(",").filter(Boolean);

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

const app = await startApp();
const cookie = await signedInCookie(app.base);
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
