import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";

export interface JobProcess {
  child: ChildProcess;
  /** Starts the pass at `now`; resolves with the pass's result (or null if the process died first). */
  run(job: "daily" | "outbox", now: number): Promise<unknown>;
}

/** Starts tests/support/run-job-on-signal.ts with the given environment and waits until it is loaded. */
export async function startJobProcess(env: Record<string, string>): Promise<JobProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/run-job-on-signal.ts"], {
    env: { ...process.env, ...env },
    stdio: ["pipe", "pipe", "inherit"],
  });
  let output = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  while (!output.includes("ready")) {
    if (child.exitCode !== null) throw new Error(`job process exited: ${output}`);
    await once(child.stdout!, "data");
  }
  return {
    child,
    async run(job, now) {
      child.stdin!.write(`${job} ${now}\n`);
      const [code] = (await once(child, "exit")) as [number | null];
      const last = output.trim().split("\n").pop() ?? "";
      return code === 0 && last.startsWith("{") ? JSON.parse(last) : null;
    },
  };
}
