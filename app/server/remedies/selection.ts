/**
 * Which remedies a chart gets, and why (docs/remedies.md lists the rules). Pure: a profile in, the
 * remedies out, each naming the number it answers. The ids are stable ("lo-shu-3", "debt-13"), so a
 * tracked remedy keeps its meaning when the chart or the texts change.
 */
import { loShuMissingRemedy, loShuSector, meaningFor, personalYearReading, remedyFor } from "~/content";
import {
  CHALLENGING_COMPOUNDS,
  DEMANDING_DRIVERS,
  PRACTICE_FAMILIES,
  practiceBundle,
  type PracticeFamily,
  type PracticeText,
} from "~/content/practices";
import type { NumberResult, Profile } from "~/numerology";

export interface RemedyDefinition extends PracticeText {
  id: string;
  family: PracticeFamily;
  /** The number the remedy answers. */
  number: number;
  /** "Karmic lesson 4". */
  answers: string;
  tradition: string;
}

export interface PersonalRemedy extends RemedyDefinition {
  /** Why it applies to this chart. */
  why: string;
}

const ID = /^([a-z-]+)-(\d{1,2})$/;
const isFamily = (value: string): value is PracticeFamily => (PRACTICE_FAMILIES as readonly string[]).includes(value);

function familyTable(family: PracticeFamily): Record<number, PracticeText> {
  const b = practiceBundle();
  const tables: Record<PracticeFamily, Record<number, PracticeText>> = {
    "lo-shu": b.loShu,
    colour: b.colour,
    mantra: b.mantra,
    gemstone: b.gemstone,
    food: b.food,
    driver: b.driver,
    karmic: b.karmic,
    year: b.year,
    debt: b.debt,
  };
  return tables[family];
}

/** The remedy an id names, or null for an id no catalogue entry has. */
export function remedyById(id: string): RemedyDefinition | null {
  const match = ID.exec(id);
  if (!match || !isFamily(match[1])) return null;
  const family = match[1];
  const number = Number(match[2]);
  const text = familyTable(family)[number];
  if (!text) return null;
  const b = practiceBundle();
  return { ...text, id, family, number, answers: b.answers[family](number), tradition: b.traditions[family] };
}

/** The catalogue's remedy for a family and number; every call site passes a pair the catalogue has. */
function remedy(family: PracticeFamily, number: number, why: string): PersonalRemedy {
  const found = remedyById(`${family}-${number}`);
  if (!found) throw new Error(`No remedy ${family}-${number} in the catalogue.`);
  return { ...found, why };
}

const planetOf = (n: number) => remedyFor(n).planet;

/** Where a challenging compound shows up on the way to a number: the positions whose chain passes through it. */
function compoundPositions(p: Profile): Array<[string, NumberResult]> {
  return [
    ["Life Path", p.lifePath],
    ["Birthday number", p.birthday],
    ["Expression", p.expression],
    ["Soul Urge", p.soulUrge],
    ["Chaldean name number", p.chaldean.nameNumber],
  ];
}

export function selectRemedies(profile: Profile): PersonalRemedy[] {
  const why = practiceBundle().why;
  const out: PersonalRemedy[] = [];

  for (const digit of profile.loShu.missing) {
    const missing = loShuMissingRemedy(digit);
    out.push(remedy("lo-shu", digit, why.loShu(digit, loShuSector(digit), missing.element, missing.meaning)));
  }

  const driver = profile.loShu.driver.value;
  out.push(remedy("colour", driver, why.colour(driver, planetOf(driver))));
  out.push(remedy("mantra", driver, why.mantra(driver, planetOf(driver))));
  if ((DEMANDING_DRIVERS as readonly number[]).includes(driver))
    out.push(remedy("driver", driver, why.driver(driver, planetOf(driver))));

  const conductor = profile.loShu.conductor.value;
  out.push(remedy("gemstone", conductor, why.gemstone(conductor, planetOf(conductor))));
  out.push(remedy("food", conductor, why.food(conductor, planetOf(conductor))));

  for (const lesson of profile.karmicLessons)
    out.push(remedy("karmic", lesson, why.karmic(lesson, meaningFor("karmicLesson", lesson).title)));

  const year = profile.personalYear?.value;
  if (year) out.push(remedy("year", year, why.year(year, personalYearReading(year).title)));

  for (const compound of CHALLENGING_COMPOUNDS) {
    const where = compoundPositions(profile)
      .filter(([, result]) => result.chain.includes(compound))
      .map(([name]) => name);
    if (where.length)
      out.push(
        remedy("debt", compound, why.debt(compound, where.join(" and "), meaningFor("karmicDebt", compound).title)),
      );
  }
  return out;
}
