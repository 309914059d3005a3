/** The Lo Shu grid's digits and arrows, and the Kua number's directions. */
import { assertDigit, assertInteger } from "./checks";
import { KUA_FACTS, LO_SHU_SECTOR } from "./kua-facts";
import { getContent } from "./locale";
import {
  DEFAULT_LOCALE,
  type ArrowKey,
  type ArrowName,
  type ArrowText,
  type Digit,
  type DirectionKind,
  type DirectionName,
  type FavourableKind,
  type KuaNumber,
  type KuaReading,
  type Locale,
  type LoShuDigitReading,
  type UnfavourableKind,
} from "./types";

/** What a digit's count in the Lo Shu grid means: 0 = missing, 1 = present, 2 = twice, 3+ = many. */
export function loShuDigitReading(digit: number, count: number, locale: Locale = DEFAULT_LOCALE): LoShuDigitReading {
  assertDigit("A Lo Shu digit", digit);
  assertInteger("A Lo Shu count", count);
  if (count < 0) throw new Error(`A Lo Shu count cannot be negative, got ${count}.`);
  const bundle = getContent(locale);
  const t = bundle.loShuDigits[digit];
  if (count === 0) return { digit, count, theme: t.theme, kind: "missing", text: bundle.loShuMissing[digit].meaning };
  if (count === 1) return { digit, count, theme: t.theme, kind: "present", text: t.present };
  if (count === 2) return { digit, count, theme: t.theme, kind: "twice", text: t.twice };
  return { digit, count, theme: t.theme, kind: "many", text: t.many };
}

export const ARROW_NAMES: readonly ArrowName[] = [
  "Mental",
  "Emotional",
  "Practical",
  "Thought",
  "Will",
  "Action",
  "Determination",
  "Spirituality",
];

/** Arrow text for an engine arrow key such as "strength:Will" or "weakness:Thought". */
export function loShuArrow(
  key: ArrowKey | string,
  locale: Locale = DEFAULT_LOCALE,
): ArrowText & { key: ArrowKey; kind: "strength" | "weakness"; name: ArrowName } {
  const text = (getContent(locale).arrows as Record<string, ArrowText | undefined>)[key];
  if (!text) {
    throw new Error(
      `Unknown Lo Shu arrow "${key}"; expected "strength:NAME" or "weakness:NAME" with NAME one of ${ARROW_NAMES.join(", ")}.`,
    );
  }
  const [kind, name] = key.split(":") as ["strength" | "weakness", ArrowName];
  return { ...text, key: key as ArrowKey, kind, name };
}

const FAVOURABLE_KINDS: readonly FavourableKind[] = ["shengQi", "tianYi", "yanNian", "fuWei"];
const UNFAVOURABLE_KINDS: readonly UnfavourableKind[] = ["huoHai", "wuGui", "liuSha", "jueMing"];

export function directionName(kind: DirectionKind, locale: Locale = DEFAULT_LOCALE): DirectionName {
  const d = getContent(locale).directionNames[kind];
  if (!d) throw new Error(`Unknown direction kind "${String(kind)}".`);
  return { ...d };
}

/** Kua facts (group, element, directions) joined with the locale's text. Kua 5 does not exist. */
export function kuaReading(kua: number, locale: Locale = DEFAULT_LOCALE): KuaReading {
  assertInteger("A Kua number", kua);
  if (kua === 5) {
    throw new Error("There is no Kua 5: it becomes 2 for males and 8 for females.");
  }
  if (kua < 1 || kua > 9) throw new Error(`A Kua number must be 1–9 (not 5), got ${kua}.`);
  const k = kua as KuaNumber;
  const facts = KUA_FACTS[k];
  const bundle = getContent(locale);
  const text = bundle.kua[k];
  return {
    kua: k,
    ...facts,
    favourable: { ...facts.favourable },
    unfavourable: { ...facts.unfavourable },
    ...text,
    tips: [...text.tips],
    favourableList: FAVOURABLE_KINDS.map((kind) => ({
      kind,
      direction: facts.favourable[kind],
      ...bundle.directionNames[kind],
    })),
    unfavourableList: UNFAVOURABLE_KINDS.map((kind) => ({
      kind,
      direction: facts.unfavourable[kind],
      ...bundle.directionNames[kind],
    })),
  };
}

/** Where a digit sits in the Lo Shu square (for remedies): N, SW, E, SE, Centre, NW, W, NE, S. */
export function loShuSector(digit: number): (typeof LO_SHU_SECTOR)[Digit] {
  assertDigit("A Lo Shu digit", digit);
  return LO_SHU_SECTOR[digit];
}
