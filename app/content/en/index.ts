import type { ContentBundle } from "../types";
import { birthday } from "./birthdays";
import { compatibilityBands, relations } from "./compatibility";
import { personalDay, personalMonth, personalYear, universal } from "./daily";
import { intros } from "./intros";
import { firstVowel, firstVowelNone, letters } from "./letters";
import { arrows, loShuDigits } from "./lo-shu";
import { numbers } from "./numbers";
import { expression, lifePath, personality, soulUrge } from "./positions-core";
import { challenge, pinnacle } from "./positions-cycles";
import { chaldeanName, conductor, driver } from "./positions-indian";
import { hiddenPassion, karmicDebt, karmicLesson } from "./positions-karmic";
import { attitude, balance, essence, maturity, rationalThought, subconsciousSelf } from "./positions-secondary";
import { directionNames, kua, loShuMissing, remedies, remediesDisclaimer } from "./remedies";

export const en: ContentBundle = {
  locale: "en",
  intros,
  numbers,
  positions: {
    lifePath,
    expression,
    soulUrge,
    personality,
    birthday,
    maturity,
    attitude,
    balance,
    rationalThought,
    subconsciousSelf,
    essence,
    pinnacle,
    challenge,
    chaldeanName,
    driver,
    conductor,
    hiddenPassion,
    karmicLesson,
    karmicDebt,
  },
  personalYear,
  personalMonth,
  personalDay,
  universal,
  remedies,
  remediesDisclaimer,
  loShuMissing,
  kua,
  directionNames,
  arrows,
  loShuDigits,
  letters,
  firstVowel,
  firstVowelNone,
  compatibilityBands,
  relations,
};
