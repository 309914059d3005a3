/**
 * What a question asks, read from the user's words: a small rule-based reader for the embedded model.
 * Pure: the people and "today" come from the system prompt (`readPromptFacts`).
 */
import type { PromptFacts } from "../system-prompt";
import type { ExplainKey } from "../tools.server";
import { AREAS, GUARD, POSITIONS, TOPICS } from "./vocabulary";
import {
  FIRST_PERSON,
  THIRD_PERSON,
  dateIn,
  mentionedPeople,
  monthIn,
  normalise,
  numberIn,
  purposeIn,
  scopeDate,
  scopeOf,
  subjectOf,
} from "./question-parts";

export type Topic = "medical" | "legal" | "financial";
export type Area = "career" | "love" | "strengths" | "purpose" | "name";
export type Scope = "day" | "month" | "year";

export type Intent =
  | { kind: "refuse"; topic: Topic }
  | { kind: "guard" }
  | { kind: "greeting" }
  | { kind: "thanks" }
  | { kind: "help" }
  | { kind: "overview"; personId: string }
  | { kind: "lucky"; personId: string }
  | { kind: "masters"; personId: string }
  /** `foretell`: the question asks what will happen, which numerology doesn't say. */
  | { kind: "area"; area: Area; personId: string; foretell: boolean }
  | { kind: "explain"; key: ExplainKey; personId: string; how: boolean }
  | { kind: "myNumber"; number: number; personId: string }
  | { kind: "number"; number: number }
  | {
      kind: "daily";
      date: string;
      scope: Scope;
      when: string;
      personId: string;
      purpose: Purpose | null;
      foretell: boolean;
    }
  | { kind: "compare"; personA: string; personB: string | null; clash: boolean }
  | { kind: "dates"; number: number; month: string; purpose: Purpose | null; personId: string }
  | { kind: "name"; target: number | null; personId: string }
  | { kind: "unknown" };

export interface Purpose {
  label: string;
  number: number;
}

export type Person = PromptFacts["people"][number];

function compareIntent(text: string, facts: PromptFacts): Intent {
  const named = mentionedPeople(text, facts.people);
  const clash =
    /\b(clash|fight|argue|argument|conflict|difficult|hard|struggle|tension|problems?|why (do|don't|can't))\b/.test(
      text,
    );
  if (named.length >= 2 && !/\b(i|me|my|we|us)\b/.test(text))
    return { kind: "compare", personA: named[0].id, personB: named[1].id, clash };
  const others = facts.people.filter((p) => p.id !== "me");
  const fallback =
    named[0] ??
    others.find((p) => p.id === facts.aboutKey) ??
    (/\b(we|us|our)\b/.test(text)
      ? (others.find((p) => p.relation === "partner") ?? (others.length === 1 ? others[0] : undefined))
      : undefined);
  return { kind: "compare", personA: "me", personB: fallback?.id ?? null, clash };
}

const COMPARE =
  /\b(compatib\w*|match(ed)?|clash\w*|get along|good together|relationship with|chemistry|fight so much|argue so much|suited)\b|\b(and i|and me|me and|i and)\b.*\b(together|match|compatible|clash)\b|\bsynastry\b/;
const DATES =
  /\b(which|what|best|good|lucky|auspicious|suitable|right|ideal|favou?rable)\b.{0,40}\b(dates?|days?|time)\b|\bwhen should (i|we)\b/;
const NAME =
  /\b(change (of )?(my|his|her|the) name|name change|new name|spell(ing)? (of )?(my|his|her) name|spellings?|rename myself|add a letter|change my spelling|chang\w* (my|his|her) name)\b/;
const HOW =
  /\b(how (was|is|were|do you|did you|does it|to) (it |my |that |this |\w+ )*(calculat\w*|work\w* out|comput\w*|get|come)|calculat\w*|show (me )?the (math|maths|working)|where does .* come from|why is my .* (a |an )?\d+)\b/;
const OVERVIEW =
  /\b(tell me about (myself|me|him|her|them)|summar\w*|overview|my chart|(his|her|their) chart|my numbers|(his|her|their) numbers|core numbers|my profile|who am i|describe (me|him|her)|read (my|his|her) chart|about my numerology|full reading)\b/;

const FORETELL =
  /\b(will i|will we|will (he|she|they)|am i going to|are we going to|when will|is it going to|going to happen|my future)\b/;

/** Reads one question. `facts` come from the system prompt: today, the people, whom the conversation is about. */
export function matchIntent(question: string, facts: PromptFacts): Intent {
  const text = normalise(question);
  if (!text) return { kind: "unknown" };
  if (GUARD.test(text)) return { kind: "guard" };
  const refused = TOPICS.find(([, pattern]) => pattern.test(text));
  if (refused) return { kind: "refuse", topic: refused[0] };
  if (/^(hi|hello|hey|good (morning|afternoon|evening)|hiya|howdy)\b[\s!.,]*$/.test(text)) return { kind: "greeting" };
  if (/^(thanks|thank you|thx|cheers|great|perfect|ok|okay)\b[\s\w!.,]{0,20}$/.test(text)) return { kind: "thanks" };
  if (
    /\b(what can you do|help me|how do(es)? (this|you) work|what (can|should) i ask|what do you know)\b|^help\b/.test(
      text,
    )
  )
    return { kind: "help" };

  const personId = subjectOf(text, facts);
  if (COMPARE.test(text) || (/\b(we|us)\b/.test(text) && /\b(together|couple|relationship)\b/.test(text)))
    return compareIntent(text, facts);
  if (NAME.test(text)) return { kind: "name", target: numberIn(text), personId };

  const how = HOW.test(text);
  const position = POSITIONS.find(([, pattern]) => pattern.test(text))?.[0];
  const scope = scopeOf(text);
  const day = dateIn(text, facts.today);
  const purpose = purposeIn(text);
  const asksFit = /\b(good|right|best|ok|okay|wise|suit\w*|ideal|lucky)\b/.test(text);
  const foretell = FORETELL.test(text);

  if (DATES.test(text) && !day && !(position && position !== "personalDay")) {
    const number = numberIn(text) ?? purpose?.number ?? 1;
    const month = monthIn(text, facts.today) ?? facts.today.slice(0, 7);
    return { kind: "dates", number, month, purpose: numberIn(text) ? null : purpose, personId };
  }
  if (position && (how || !["personalYear", "personalMonth", "personalDay"].includes(position)))
    return { kind: "explain", key: position, personId, how };
  if (/\bmaster numbers?\b/.test(text)) return { kind: "masters", personId };
  if (/\blucky numbers?\b/.test(text)) return { kind: "lucky", personId };
  if (day) {
    return {
      kind: "daily",
      scope: "day",
      ...day,
      personId,
      purpose: asksFit ? purpose : null,
      foretell,
    };
  }
  if (scope || position) {
    const s: Scope =
      position === "personalYear"
        ? "year"
        : position === "personalMonth"
          ? "month"
          : position === "personalDay"
            ? "day"
            : scope!;
    return {
      kind: "daily",
      scope: s,
      ...scopeDate(text, facts.today, s),
      personId,
      purpose: asksFit ? purpose : null,
      foretell,
    };
  }
  const number = numberIn(text);
  if (number !== null && /\b(mean|meaning|about|signif\w*|symboli[sz]\w*|represent)\b|^\d+\??$/.test(text)) {
    return FIRST_PERSON.test(text) || THIRD_PERSON.test(text) || /'s\b/.test(text)
      ? { kind: "myNumber", number, personId }
      : { kind: "number", number };
  }
  if (OVERVIEW.test(text)) return { kind: "overview", personId };
  const area = AREAS.find(([, pattern]) => pattern.test(text))?.[0];
  if (area && (FIRST_PERSON.test(text) || THIRD_PERSON.test(text))) return { kind: "area", area, personId, foretell };
  if (foretell) return { kind: "area", area: "purpose", personId, foretell };
  if (/\b(numerology|my numbers?|number)\b/.test(text)) return { kind: "overview", personId };
  return { kind: "unknown" };
}
