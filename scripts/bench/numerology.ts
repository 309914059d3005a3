// Throughput and latency of computeProfile with every key (today + gender given, steps included), on
// people the process has never computed: every pass (warm-up, timed, latency) gets its own fresh people,
// each with a made-up name no other pass has, so no per-name or per-date cache hits from an earlier pass.
// Run: npm run bench:numerology
import { loadavg } from "node:os";
import { computeProfile, daysInMonth, type ProfileInput } from "../../app/numerology/index.ts";
import { toolRows } from "./tools.ts";

const PEOPLE = 10_000;
const WARMUP_PASSES = 3;
const TIMED_PASSES = 7;
const TARGET_PER_SECOND = 250_000;
const TODAY = "2026-11-26";

/** mulberry32: small seeded PRNG, so every run benchmarks the same people. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  "James",
  "Mary",
  "John",
  "Patricia",
  "Robert",
  "Jennifer",
  "Michael",
  "Linda",
  "William",
  "Elizabeth",
  "David",
  "Barbara",
  "Richard",
  "Susan",
  "Joseph",
  "Jessica",
  "Thomas",
  "Sarah",
  "Charles",
  "Karen",
  "Christopher",
  "Nancy",
  "Daniel",
  "Lisa",
  "Matthew",
  "Betty",
  "Anthony",
  "Margaret",
  "Mark",
  "Sandra",
  "Yvonne",
  "Lynn",
  "Kaye",
  "Bryan",
  "Murray",
  "Doyle",
  "José",
  "Zoë",
  "Renée",
  "François",
  "Søren",
  "Łukasz",
  "Björn",
  "Siobhán",
  "Chloé",
  "Jürgen",
  "Ångström",
  "Núria",
  "Jean-Paul",
  "Anne-Marie",
  "Mary-Kate",
  "Hans-Jürgen",
  "Ana",
  "Aiyana",
  "Priya",
  "Kwame",
  "Oluwaseun",
  "Mei",
  "Hiroshi",
  "Dmitri",
  "Ægir",
  "Þórunn",
  "Œdipe",
  "Ðorđe",
  "Gülşen",
  "Ilse",
  "Zbigniew",
  "Ngozi",
  "Seán",
  "Eoin",
];
const MIDDLE = [
  "Lee",
  "Ann",
  "Marie",
  "James",
  "Louise",
  "Ray",
  "Grace",
  "Rose",
  "Jean",
  "Lynn",
  "Elizabeth",
  "Alexander",
  "Mae",
  "Hélène",
  "Björk",
  "Carlos",
  "Jo",
  "Wyatt",
  "Yusuf",
  "A",
  "J",
];
const LAST = [
  "Smith",
  "Johnson",
  "Williams",
  "Brown",
  "Jones",
  "Garcia",
  "Miller",
  "Davis",
  "Rodriguez",
  "Martinez",
  "Hernandez",
  "Lopez",
  "Gonzalez",
  "Wilson",
  "Anderson",
  "Taylor",
  "Moore",
  "Jackson",
  "Martin",
  "Lee",
  "O'Brien",
  "D'Angelo",
  "O’Neill",
  "McCartney",
  "MacDonald",
  "Smith-Jones",
  "García-Márquez",
  "Lloyd-Webber",
  "Müller",
  "Schröder",
  "Øberg",
  "Kowalczyk",
  "Wałęsa",
  "Dvořák",
  "Nguyễn",
  "Đặng",
  "Sánchez",
  "Núñez",
  "Strauß",
  "Van der Berg",
  "de la Cruz",
];

const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ren",
  "sa",
  "tho",
  "vel",
  "dra",
  "nu",
  "bri",
  "go",
  "zan",
  "e",
  "ol",
  "ya",
  "phi",
];
let nextPerson = 0;

/** A made-up word no other person in this run has: the person's serial number spelled in syllables. */
function freshWord(serial: number): string {
  let word = "";
  for (let n = serial + SYLLABLES.length; n > 0; n = Math.floor(n / SYLLABLES.length))
    word += SYLLABLES[n % SYLLABLES.length];
  return word[0].toUpperCase() + word.slice(1);
}

/** People never computed before in this process: real first and family names (accents, particles) joined to a fresh word. */
function freshPeople(count: number, random: () => number): ProfileInput[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const people: ProfileInput[] = [];
  for (let i = 0; i < count; i++) {
    const middle = random() < 0.4 ? " " + pick(MIDDLE) : "";
    const year = 1900 + Math.floor(random() * 121);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * daysInMonth(year, month));
    people.push({
      birthName: `${pick(FIRST)}${middle} ${pick(LAST)}-${freshWord(nextPerson++)}`,
      birthDate: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      today: TODAY,
      gender: random() < 0.5 ? "male" : "female",
    });
  }
  return people;
}

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

const random = prng(20261126);
const sample = computeProfile(freshPeople(1, random)[0]);
if (!sample.kua || !sample.transits || !sample.essence || !sample.personalDay || sample.lifePath.steps.length === 0) {
  throw new Error("benchmark people must get every key (today and gender set)");
}
for (let i = 0; i < WARMUP_PASSES; i++) pass(freshPeople(PEOPLE, random));

const passes = Array.from({ length: TIMED_PASSES }, () => pass(freshPeople(PEOPLE, random)));
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const wallRates = passes.map((p) => PEOPLE / p.wall);
const cpuRates = passes.map((p) => PEOPLE / p.cpu);
const wallMedian = median(wallRates);
const cpuMedian = median(cpuRates);
const lat = latencies(freshPeople(PEOPLE, random));

const rows: [string, string][] = [
  ["fresh people per pass (none seen before)", fmt(PEOPLE)],
  ["timed passes", String(TIMED_PASSES)],
  ["profiles/s, wall clock (median pass)", fmt(wallMedian)],
  ["profiles/s, wall clock (best / worst)", fmt(Math.max(...wallRates)) + " / " + fmt(Math.min(...wallRates))],
  ["profiles per CPU-second (median pass)", fmt(cpuMedian)],
  ["latency p50 (µs)", (percentile(lat, 50) / 1000).toFixed(2)],
  ["latency p99 (µs)", (percentile(lat, 99) / 1000).toFixed(2)],
  ["latency max (µs)", (lat[lat.length - 1] / 1000).toFixed(2)],
  [`target ≥ ${fmt(TARGET_PER_SECOND)}/s (wall clock)`, wallMedian >= TARGET_PER_SECOND ? "met" : "NOT met"],
  ...toolRows((i) => `${FIRST[i % FIRST.length]} ${freshWord(nextPerson++)}`),
  ["machine load average (1 min)", loadavg()[0].toFixed(2)],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(
  `computeProfile benchmark (Node ${process.version}, today ${TODAY}, every key incl. steps, people never seen before)`,
);
for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
if (sink === -1) console.log(""); // never true; reads the sink
