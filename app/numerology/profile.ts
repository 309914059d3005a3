import { personalCycles, universalCycles } from "./cycles";
import { ageOn, compareDates, MIN_BIRTH_YEAR, parseDate } from "./dates";
import { attitude, birthday, dateComponents, lifePath } from "./date-numbers";
import { NumerologyInputError } from "./errors";
import { hiddenPassion, karmicDebt, karmicLessons, karmicStepLines, subconsciousSelf } from "./karmic";
import { kua } from "./kua";
import { loShu } from "./lo-shu";
import {
  analyzeName,
  balance,
  chaldeanNameNumber,
  expression,
  firstNameLetters,
  maturity,
  personality,
  rationalThought,
  soulUrge,
} from "./name-numbers";
import { nameRoles, transliterateName } from "./names";
import { parseGender, parseSteps, resolveOptions } from "./options";
import { challenges, pinnacles } from "./pinnacles";
import { NO_STEPS } from "./reduction";
import { essence, transitsOf } from "./transits";
import type { CalendarDate, Gender, Profile, ProfileInput } from "./types";

function parseBirthDate(value: unknown): CalendarDate {
  const birth = parseDate(value, "birthDate");
  if (birth.year < MIN_BIRTH_YEAR) {
    throw new NumerologyInputError(
      "birthDate",
      "year_too_early",
      `Please enter a birth year of ${MIN_BIRTH_YEAR} or later.`,
    );
  }
  return birth;
}

/**
 * Every number of docs/numerology-conventions.md for one person. Pure: `today` comes from the caller.
 * Throws NumerologyInputError, and nothing else, on any bad input.
 */
export function computeProfile(input: ProfileInput): Profile {
  if (typeof input !== "object" || input === null) {
    throw new NumerologyInputError("birthName", "required", "Please enter a name and a birth date.");
  }
  const name = transliterateName(input.birthName, "birthName");
  const birth = parseBirthDate(input.birthDate);
  const today = input.today === undefined ? undefined : parseDate(input.today, "today");
  if (today && compareDates(birth, today) > 0) {
    throw new NumerologyInputError("birthDate", "after_today", "The birth date is after today: please check it.");
  }
  const gender: Gender | undefined = input.gender === undefined ? undefined : parseGender(input.gender);
  const options = resolveOptions(input.options, input.system);
  const steps = input.steps === undefined ? true : parseSteps(input.steps);
  const { masterNumbers: masters, nameMethod, system } = options;

  const components = dateComponents(birth, masters);
  const lp = lifePath(birth, options.lifePathMethod, masters, components, steps);
  const bd = birthday(birth, masters, steps);
  const analysis = analyzeName(name, system, options.y, options.yOverrides, steps);
  const expr = expression(analysis, nameMethod, masters);
  const soul = soulUrge(analysis, nameMethod, masters);
  const pers = personality(analysis, nameMethod, masters);
  const debtSources = [lp, expr, soul, pers, bd]; // the order of KARMIC_DEBT_SOURCES
  const lessons = karmicLessons(analysis.counts, system);
  const passion = hiddenPassion(analysis.counts);
  const roles = nameRoles(name);
  const letters = firstNameLetters(analysis);
  const age = today && ageOn(birth, today);

  const profile: Profile = {
    input: {
      birthName: input.birthName,
      name,
      firstName: roles.first,
      middleName: roles.middle,
      lastName: roles.last,
      birthDate: input.birthDate, // parseDate accepted it, so it is already YYYY-MM-DD
      options,
    },
    lifePath: lp,
    birthday: bd,
    attitude: attitude(birth, masters, steps),
    expression: expr,
    soulUrge: soul,
    personality: pers,
    maturity: maturity(lp.value, expr.value, masters, steps),
    balance: balance(analysis, masters),
    rationalThought: rationalThought(analysis, birth.day, nameMethod, masters),
    subconsciousSelf: subconsciousSelf(lessons, steps),
    karmicLessons: lessons,
    hiddenPassion: passion,
    karmicDebt: karmicDebt(debtSources),
    karmicSteps: steps ? karmicStepLines(analysis.counts, lessons, passion, debtSources) : NO_STEPS,
    cornerstone: letters.cornerstone,
    capstone: letters.capstone,
    firstVowel: letters.firstVowel,
    pinnacles: pinnacles(birth, lp.value, masters, components, steps),
    challenges: challenges(birth, lp.value, steps),
    chaldean: { nameNumber: chaldeanNameNumber(analysis) },
    loShu: loShu(birth, options.loShuAddDriverConductor, steps),
  };

  if (today && age !== undefined) {
    profile.input.today = input.today;
    profile.input.age = age;
    const personal = personalCycles(birth, today, steps);
    const universal = universalCycles(today, steps);
    profile.personalYear = personal.year;
    profile.personalMonth = personal.month;
    profile.personalDay = personal.day;
    profile.universalYear = universal.year;
    profile.universalMonth = universal.month;
    profile.universalDay = universal.day;
    const t = transitsOf(analysis, age, roles);
    profile.transits = t;
    profile.essence = essence(t, masters, steps);
  }
  if (gender) {
    profile.input.gender = gender;
    profile.kua = kua(birth, gender, options.kuaYearStart, steps);
  }
  return profile;
}
