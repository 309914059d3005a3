import { componentLine, NO_STEPS, reduceToDigitWithSteps, numText } from "./reduction";
import type { CalendarDate, Gender, KuaYearStart, NumberResult } from "./types";

interface KuaRule {
  chain: readonly number[];
  line: string;
  /** The Kua without steps: frozen, shared by every profile with this rule. */
  bare: NumberResult;
}

/** Male 11 − r, female r + 4, minus 9 above 9; 5 is not a Kua, so it becomes 2 (male) or 8 (female). */
function kuaRule(gender: Gender, r: number): KuaRule {
  const compound = gender === "male" ? 11 - r : r + 4;
  const chain = [compound];
  let line = gender === "male" ? "Male: 11 − " + r + " = " + compound : "Female: " + r + " + 4 = " + compound;
  if (compound > 9) {
    chain.push(compound - 9);
    line += ", minus 9 = " + (compound - 9);
  }
  if (chain[chain.length - 1] === 5) {
    const replacement = gender === "male" ? 2 : 8;
    chain.push(replacement);
    line += "; 5 is not used as a Kua, so a " + gender + " 5 becomes " + replacement;
  }
  Object.freeze(chain);
  return { chain, line, bare: Object.freeze(kuaResult(chain, NO_STEPS)) };
}

function kuaResult(chain: readonly number[], steps: readonly string[]): NumberResult {
  return { value: chain[chain.length - 1], compound: chain[0], chain, steps };
}

// Only 18 gender × root combinations exist: build them once.
const RULES: Readonly<Record<Gender, readonly KuaRule[]>> = {
  male: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((r) => kuaRule("male", r)),
  female: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((r) => kuaRule("female", r)),
};

const YEAR_NOTES = [
  " (the calendar year of birth)",
  " (the solar year starts on 4 February)",
  " (born before 4 February, so the previous solar year)",
];
const yearLines: string[] = [];

/** "Kua year 1961 (born before 4 February, so the previous solar year)", cached per year and note. */
function yearLine(year: number, note: number): string {
  const key = year * 3 + note;
  return yearLines[key] ?? (yearLines[key] = "Kua year " + numText(year) + YEAR_NOTES[note]);
}

/**
 * Kua number (CONVENTIONS §10) from the birth year reduced to one digit; with `solar`, births
 * before 4 February belong to the previous year.
 */
export function kua(
  birth: CalendarDate,
  gender: Gender,
  yearStart: KuaYearStart = "solar",
  withSteps = true,
): NumberResult {
  const beforeSolarNewYear = yearStart === "solar" && (birth.month < 2 || (birth.month === 2 && birth.day < 4));
  const year = beforeSolarNewYear ? birth.year - 1 : birth.year;
  const yearR = reduceToDigitWithSteps(year);
  const rule = RULES[gender][yearR.value];
  if (!withSteps) return rule.bare;
  return kuaResult(rule.chain, [
    yearLine(year, yearStart === "january" ? 0 : beforeSolarNewYear ? 2 : 1),
    componentLine("Year", yearR),
    rule.line,
  ]);
}
