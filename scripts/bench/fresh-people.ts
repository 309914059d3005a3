/**
 * People no bench pass has computed before: real first and family names (accents, particles, hyphens)
 * joined to a made-up word spelled from a serial number, random real birth dates, a gender.
 */
import { daysInMonth, type ProfileInput } from "../../app/numerology/index.ts";

/** mulberry32: small seeded PRNG, so every run benchmarks the same people. */
export function prng(seed: number): () => number {
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

/**
 * The name as the app hands it over: decoded from UTF-8 (a database row, a form or a query string)
 * into one flat string. A name glued from pieces here would be a rope that V8 flattens inside the
 * timed call, which no real input needs (and which cost a fifth of a bare profile's time).
 */
const asStored = (name: string) => Buffer.from(name, "utf8").toString("utf8");

/** People never computed before in this process: real first and family names (accents, particles) joined to a fresh word. */
export function freshPeople(count: number, random: () => number, today: string, steps = true): ProfileInput[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const people: ProfileInput[] = [];
  for (let i = 0; i < count; i++) {
    const middle = random() < 0.4 ? " " + pick(MIDDLE) : "";
    const year = 1900 + Math.floor(random() * 121);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * daysInMonth(year, month));
    people.push({
      birthName: asStored(`${pick(FIRST)}${middle} ${pick(LAST)}-${freshWord(nextPerson++)}`),
      birthDate: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      today,
      gender: random() < 0.5 ? "male" : "female",
      ...(steps ? {} : { steps: false }),
    });
  }
  return people;
}

/** A first name and a fresh word: a name the tools have never been asked about. */
export function freshName(i: number): string {
  return `${FIRST[i % FIRST.length]} ${freshWord(nextPerson++)}`;
}
