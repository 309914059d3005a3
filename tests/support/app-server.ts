import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { request as httpRequest } from "node:http";
import { createServer } from "node:net";
import path from "node:path";
import { buildDirectory } from "../../scripts/build-directory";

/**
 * The real app as a process: `server.ts` on a free port with its own data folder and database, started
 * from the build. Browser tests (global-setup) and the server-level unit tests both use it.
 */

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function waitForHealth(url: string, timeoutMs: number, exited?: () => boolean) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited?.()) throw new Error(`the app exited before it became healthy at ${url}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`app did not become healthy at ${url}`);
}

/** Newest modification time of the files a build is made from. */
function newestSource(root: string): number {
  let newest = 0;
  const visit = (target: string) => {
    const stat = statSync(target);
    if (stat.isDirectory()) for (const entry of readdirSync(target)) visit(path.join(target, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const source of ["app", "public", "vite.config.ts", "package-lock.json"]) {
    if (existsSync(path.join(root, source))) visit(path.join(root, source));
  }
  return newest;
}

let building: Promise<string> | undefined;

/**
 * The build directory, rebuilt first if any source is newer than it (so a test never runs stale code).
 * `npm test` builds before the unit tests, so there this only checks. A lock folder keeps two test
 * workers from building at once.
 */
export function ensureFreshBuild(root = process.cwd()): Promise<string> {
  building ??= (async () => {
    const dir = buildDirectory(process.env, root);
    const bundle = path.join(dir, "server/index.js");
    const fresh = () => existsSync(bundle) && statSync(bundle).mtimeMs >= newestSource(root);
    if (fresh()) return dir;
    mkdirSync(path.join(root, "tests/.tmp"), { recursive: true });
    const lock = path.join(root, "tests/.tmp/build.lock");
    for (;;) {
      try {
        mkdirSync(lock);
        break;
      } catch {
        // Another worker is building; a lock older than three minutes belongs to a run that died.
        const held = statSync(lock, { throwIfNoEntry: false });
        if (held && Date.now() - held.mtimeMs > 180_000) rmSync(lock, { recursive: true, force: true });
        await new Promise((r) => setTimeout(r, 500));
        if (fresh()) return dir;
      }
    }
    try {
      if (fresh()) return dir;
      const cli = createRequire(path.join(root, "package.json")).resolve("@remix-run/dev/dist/cli.js");
      const child = spawn(process.execPath, [cli, "vite:build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
      const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
      if (code !== 0) throw new Error(`vite build failed (exit ${code})`);
      return dir;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  })();
  return building;
}

export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

export interface AppServer {
  /** http://localhost:PORT (the origin the app considers its own without APP_URL). */
  url: string;
  port: number;
  dir: string;
  dbFile: string;
  /** Parsed JSON log lines, as they arrive (only when `logs: "capture"`). */
  logs: LogLine[];
  child: ChildProcess;
  /** The first log line (from `from` on) that matches; logs arrive a little after the responses they describe. */
  waitForLog(matches: (line: LogLine) => boolean, from?: number, timeoutMs?: number): Promise<LogLine>;
  stop(): Promise<void>;
}

const PASS_THROUGH = ["PATH", "HOME", "LANG", "TMPDIR", "NODE_EXTRA_CA_CERTS", "NUMERAI_BUILD_DIR", "CHROMIUM_PATH"];

/**
 * Starts server.ts with a fresh data folder (under tests/.tmp unless `dir` is given). The environment is
 * built from scratch (plus PATH and the like), so a test's own process settings never leak in.
 */
export async function startAppServer(
  options: { env?: Record<string, string>; logs?: "capture" | "inherit"; dir?: string } = {},
): Promise<AppServer> {
  mkdirSync("tests/.tmp", { recursive: true });
  const dir = options.dir ?? mkdtempSync(path.resolve("tests/.tmp/app-"));
  const port = await freePort();
  const dbFile = path.join(dir, "numerai.db");
  const base = Object.fromEntries(PASS_THROUGH.filter((k) => process.env[k]).map((k) => [k, process.env[k]!]));
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: {
      ...base,
      NODE_ENV: "test",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dir,
      DATABASE_URL: `file:${dbFile}`,
      LOG_LEVEL: "info",
      ...options.env,
    },
    stdio: ["ignore", options.logs === "inherit" ? "inherit" : "pipe", "inherit"],
  });
  const logs: LogLine[] = [];
  let pending = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    pending += chunk.toString("utf8");
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line) as LogLine);
      } catch {
        logs.push({ level: 0, msg: line });
      }
    }
  });
  let exited = false;
  child.once("exit", () => (exited = true));
  const url = `http://localhost:${port}`;
  await waitForHealth(`http://127.0.0.1:${port}/healthz`, 30_000, () => exited);
  return {
    url,
    port,
    dir,
    dbFile,
    logs,
    child,
    async waitForLog(matches, from = 0, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const line = logs.slice(from).find(matches);
        if (line) return line;
        if (Date.now() > deadline) throw new Error(`no log line matching ${matches.toString()}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async stop() {
      if (!exited) {
        child.kill("SIGTERM");
        await new Promise((resolve) => child.once("exit", resolve));
      }
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs server.ts expecting it to refuse to start; resolves with its exit code and what it printed. */
export async function failedStart(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const base = Object.fromEntries(PASS_THROUGH.filter((k) => process.env[k]).map((k) => [k, process.env[k]!]));
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: { ...base, NODE_ENV: "test", PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
  const timer = setTimeout(() => child.kill("SIGTERM"), 20_000);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  clearTimeout(timer);
  return { code, output };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The bytes as received (with `raw: true`): a compressed body is not text. */
  raw?: Buffer;
  /** `name=value` of every Set-Cookie. */
  cookies: string[];
}

/**
 * One HTTP request with full control of its headers (Host included, which fetch won't let us set), to
 * 127.0.0.1:port. The Host defaults to the app's own (localhost:port).
 */
export function rawRequest(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; raw?: boolean },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port,
        method: options.method ?? "GET",
        path: options.path,
        agent: false,
        headers: { Host: `localhost:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
            ...(options.raw ? { raw: Buffer.concat(chunks) } : {}),
            cookies: (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]),
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}
