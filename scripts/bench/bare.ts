/** The bare Remix page (scripts/bench/bare): built once per bench run and served like the app. */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const DIR = path.join(import.meta.dirname, "bare");

export function buildBare() {
  execFileSync(process.execPath, [path.resolve("node_modules/@remix-run/dev/dist/cli.js"), "vite:build", DIR], {
    stdio: ["ignore", "ignore", "inherit"],
  });
}

export async function startBare(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(DIR, "serve.ts")], {
    env: { ...process.env, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout!.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once("exit", (code) => reject(new Error(`the bare Remix page exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}/`, child };
}

export async function stopBare(bare: { child: ChildProcess }) {
  bare.child.kill("SIGTERM");
  await new Promise((resolve) => bare.child.once("exit", resolve));
}
