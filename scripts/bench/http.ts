/**
 * HTTP throughput of NumerAI's pages beside a bare node:http hello-world, in one run on this
 * machine: `npm run bench:http` (builds first). autocannon, 50 connections, 10 s per target
 * (BENCH_DURATION / BENCH_CONNECTIONS override; BENCH_PATHS adds signed-in pages, comma-separated).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";

const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const signedInPaths = (process.env.BENCH_PATHS ?? "/dashboard").split(",").filter(Boolean);

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function startApp(): Promise<{ base: string; child: ChildProcess; dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), "numerai-bench-"));
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dir,
      DATABASE_URL: `file:${dir}/bench.db`,
      LOG_LEVEL: "silent",
      RATE_LIMIT_PER_IP: "100000",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { base, child, dir };
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("app did not start");
}

function cookieOf(response: Response, jar: string): string {
  const pairs = new Map(
    jar
      .split("; ")
      .filter(Boolean)
      .map((p) => p.split("=", 2) as [string, string]),
  );
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const at = pair.indexOf("=");
    pairs.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return [...pairs].map(([k, v]) => `${k}=${v}`).join("; ");
}

/** A real account made through the forms, so signed-in pages are measured as users get them. */
async function signedInCookie(base: string): Promise<string> {
  const post = (pathname: string, form: Record<string, string>, cookie = "") =>
    fetch(base + pathname, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: base, Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form),
    });
  const expectRedirect = (response: Response, step: string) => {
    if (response.status !== 302)
      throw new Error(`${step} answered ${response.status}, not a redirect: the bench would measure the wrong page`);
    return response;
  };
  const signup = expectRedirect(
    await post("/signup", { name: "Bench", email: "bench@example.com", password: "steady-lantern-2026" }),
    "sign-up",
  );
  let cookie = cookieOf(signup, "");
  const onboarding = await post(
    "/onboarding",
    { birthName: "Benedict Mark Chester", birthDate: "1984-11-15", timezone: "Europe/Paris" },
    cookie,
  );
  cookie = cookieOf(expectRedirect(onboarding, "onboarding"), cookie);
  return cookie;
}

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
  app.child.kill("SIGTERM");
  await new Promise((resolve) => app.child.once("exit", resolve));
  rmSync(app.dir, { recursive: true, force: true });
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
