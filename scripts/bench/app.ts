/** The built app on a free port with a fresh database, and a signed-in account, for the benchmarks. */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Settings for the app under test from BENCH_APP_ENV ("NAME=value,NAME=value"). */
export function benchAppEnv(): Record<string, string> {
  return Object.fromEntries(
    (process.env.BENCH_APP_ENV ?? "")
      .split(",")
      .filter(Boolean)
      .map((pair) => pair.split("=", 2) as [string, string]),
  );
}

/** `cwd`: the checkout whose server.ts and build to run (another one's, to compare builds in one session). */
export async function startApp(
  env: Record<string, string> = {},
  nodeFlags: string[] = [],
  cwd = process.cwd(),
): Promise<{ base: string; child: ChildProcess; dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), "numerai-bench-"));
  const port = await freePort();
  const profileDir = nodeFlags.includes("--cpu-prof") ? [`--cpu-prof-dir=${dir}`] : [];
  const child = spawn(process.execPath, [...nodeFlags, ...profileDir, "--import", "tsx", "server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      APP_URL: `http://127.0.0.1:${port}`,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dir,
      DATABASE_URL: `file:${dir}/bench.db`,
      LOG_LEVEL: "silent",
      RATE_LIMIT_PER_IP: "100000",
      ...env,
    },
    cwd,
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

export function cookieOf(response: Response, jar: string): string {
  const pairs = new Map(
    jar
      .split("; ")
      .filter(Boolean)
      .map((p) => p.split("=", 2) as [string, string]),
  );
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const at = pair.indexOf("=");
    // A cookie set to expire now is removed, as a browser does (a flash message once shown).
    if (/;\s*max-age=0\b/i.test(header)) pairs.delete(pair.slice(0, at));
    else pairs.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return [...pairs].map(([k, v]) => `${k}=${v}`).join("; ");
}

/** A same-origin form post, as the browser sends it, without following the redirect. */
export const postForm = (base: string, pathname: string, form: Record<string, string>, cookie = "") =>
  fetch(base + pathname, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: base, Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(form),
  });

export function expectRedirect(response: Response, step: string): Response {
  if (response.status !== 302)
    throw new Error(`${step} answered ${response.status}, not a redirect: the bench would measure the wrong page`);
  return response;
}

/** A real account made through the forms, so signed-in pages are measured as users get them. */
export async function signedInCookie(base: string, email = "bench@example.com"): Promise<string> {
  const account = { email, password: "steady-lantern-2026" };
  // Sign-up answers "check your inbox" and starts no session: log in after it.
  const signup = await postForm(base, "/signup", { name: "Bench", ...account });
  if (signup.status !== 200) throw new Error(`sign-up answered ${signup.status}`);
  let cookie = cookieOf(expectRedirect(await postForm(base, "/login", account), "login"), "");
  const onboarding = await postForm(
    base,
    "/onboarding",
    { birthName: "Benedict Mark Chester", birthDate: "1984-11-15", timezone: "Europe/Paris" },
    cookie,
  );
  cookie = cookieOf(expectRedirect(onboarding, "onboarding"), cookie);
  // Land where onboarding sends the browser: that page shows the welcome flash and clears it, so the
  // bench's requests don't carry a flash no browser would still have.
  const landing = await fetch(base + onboarding.headers.get("Location"), {
    headers: { Cookie: cookie },
    redirect: "manual",
  });
  return cookieOf(landing, cookie);
}

export async function stopApp(app: { child: ChildProcess; dir: string }, options: { keepDir?: boolean } = {}) {
  app.child.kill("SIGTERM");
  await new Promise((resolve) => app.child.once("exit", resolve));
  if (!options.keepDir) rmSync(app.dir, { recursive: true, force: true });
}
