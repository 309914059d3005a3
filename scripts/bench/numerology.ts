// Throughput and latency of computeProfile with every key (today + gender given), twice: with steps (the
// derivation text every page shows) and with `steps: false` (what bulk callers take). Only people the
// process has never computed (fresh-people.ts): every pass (warm-up, timed, latency) gets its own, each
// with a made-up name part no other pass has, so no per-name cache hits from an earlier pass; names are
// flat strings, as the database or a form hands them over. The two modes' passes alternate, so both
// see the same machine load. Run: npm run bench:numerology
import { loadavg } from "node:os";
import { computeProfile, type ProfileInput } from "../../app/numerology/index.ts";
import { freshName, freshPeople, prng } from "./fresh-people.ts";
import { toolRows } from "./tools.ts";

const PEOPLE = 10_000;
const WARMUP_PASSES = 3;
const TIMED_PASSES = 7;
const TARGET_PER_SECOND = 250_000;
const TODAY = "2026-11-26";

let sink = 0; // keeps results observable so no work can be optimised away

/** Wall-clock and process CPU seconds of one pass over fresh people (made before the clock starts). */
function pass(people: readonly ProfileInput[]): { wall: number; cpu: number } {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (const person of people) {
    const p = computeProfile(person);
    sink += p.lifePath.value + p.expression.steps.length + (p.kua?.value ?? 0) + (p.essence?.value ?? 0);
  }
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1e6 };
}

function latencies(people: readonly ProfileInput[]): number[] {
  const ns: number[] = new Array(people.length);
  for (let i = 0; i < people.length; i++) {
    const start = process.hrtime.bigint();
    sink += computeProfile(people[i]).personalDay?.value ?? 0;
    ns[i] = Number(process.hrtime.bigint() - start);
  }
  return ns.sort((a, b) => a - b);
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

const MODES = [
  { label: "with steps", steps: true },
  { label: "without steps (steps: false)", steps: false },
] as const;

const random = prng(20261126);
const sample = computeProfile(freshPeople(1, random, TODAY)[0]);
if (!sample.kua || !sample.transits || !sample.essence || !sample.personalDay || sample.lifePath.steps.length === 0) {
  throw new Error("benchmark people must get every key (today and gender set)");
}
for (let i = 0; i < WARMUP_PASSES; i++) for (const mode of MODES) pass(freshPeople(PEOPLE, random, TODAY, mode.steps));

const passes = MODES.map(() => [] as { wall: number; cpu: number }[]);
for (let i = 0; i < TIMED_PASSES; i++) {
  MODES.forEach((mode, m) => passes[m].push(pass(freshPeople(PEOPLE, random, TODAY, mode.steps))));
}
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = MODES.map((mode, m) => {
  const wallRates = passes[m].map((p) => PEOPLE / p.wall);
  return {
    label: mode.label,
    wallRates,
    wallMedian: median(wallRates),
    cpuMedian: median(passes[m].map((p) => PEOPLE / p.cpu)),
    lat: latencies(freshPeople(PEOPLE, random, TODAY, mode.steps)),
  };
});

const modeRows = (r: (typeof results)[number]): [string, string][] => [
  [`${r.label}: profiles/s, wall clock (median pass)`, fmt(r.wallMedian)],
  [
    `${r.label}: profiles/s, wall (best / worst)`,
    fmt(Math.max(...r.wallRates)) + " / " + fmt(Math.min(...r.wallRates)),
  ],
  [`${r.label}: profiles per CPU-second (median)`, fmt(r.cpuMedian)],
  [
    `${r.label}: latency p50 / p99 / max (µs)`,
    [50, 99, 100].map((p) => (percentile(r.lat, p) / 1000).toFixed(2)).join(" / "),
  ],
];
const verdict = (r: (typeof results)[number]) =>
  `${r.label}: ${r.wallMedian >= TARGET_PER_SECOND ? "met" : "NOT met"} (${fmt(r.wallMedian)}/s; per CPU-second ${fmt(r.cpuMedian)})`;

const rows: [string, string][] = [
  ["fresh people per pass (none seen before)", fmt(PEOPLE)],
  ["timed passes per mode (alternating)", String(TIMED_PASSES)],
  ...results.flatMap(modeRows),
  [`target ≥ ${fmt(TARGET_PER_SECOND)}/s (wall clock, median)`, results.map(verdict).join("; ")],
  ...toolRows(freshName),
  ["machine load average (1 min)", loadavg()[0].toFixed(2)],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(
  `computeProfile benchmark (Node ${process.version}, today ${TODAY}, every key incl. Kua and transits, people never seen before)`,
);
for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
if (sink === -1) console.log(""); // never true; reads the sink
