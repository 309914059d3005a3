/**
 * The tools that search many candidates, timed per answer on fresh input (never a repeated name or
 * month): /tools/name (spellings reaching a target) and /tools/dates (a month's days with a Personal
 * Day). Goal: p95 under 20 ms each. Part of `npm run bench:numerology`.
 */
import { runDatesTool, runNameTool } from "../../app/server/readings/tools.server.ts";
import type { Subject } from "../../app/server/readings/readings.server.ts";

const RUNS = 400;
const GOAL_MS = 20;
const TARGETS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 22, 33];

function timed(run: (i: number) => { status: number }): number[] {
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const { status } = run(i);
    ms.push(performance.now() - start);
    if (status !== 200) throw new Error(`tool answered ${status}: the bench would time a refusal`);
  }
  return ms.sort((a, b) => a - b);
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Rows of [label, value] for the numerology bench's table; `freshName(i)` gives a never-seen name. */
export function toolRows(freshName: (i: number) => string): [string, string][] {
  const name = timed((i) =>
    runNameTool(new URLSearchParams({ name: freshName(i), target: String(TARGETS[i % TARGETS.length]) })),
  );
  const dates = timed((i) => {
    const subject: Subject = {
      key: "me",
      name: "Bench",
      birthName: freshName(RUNS + i),
      birthDate: `19${String(10 + (i % 90)).padStart(2, "0")}-0${1 + (i % 9)}-1${i % 10}`,
      gender: null,
      relation: null,
    };
    const month = `20${String(10 + (i % 40)).padStart(2, "0")}-${String(1 + (i % 12)).padStart(2, "0")}`;
    return runDatesTool(new URLSearchParams({ month, number: String(1 + (i % 9)) }), [subject]);
  });
  const row = (label: string, ms: number[]): [string, string] => [
    `${label} p50 / p95 (ms)`,
    `${pct(ms, 50).toFixed(2)} / ${pct(ms, 95).toFixed(2)} ${pct(ms, 95) < GOAL_MS ? "(goal < 20 ms met)" : "(goal < 20 ms NOT met)"}`,
  ];
  return [row("/tools/name", name), row("/tools/dates", dates)];
}
