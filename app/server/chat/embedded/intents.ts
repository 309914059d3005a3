/**
 * What a question asks, read from the user's words: a small rule-based reader for the embedded model.
 * Pure: the people and "today" come from the system prompt (`readPromptFacts`).
 */
import { addDays, addMonths, daysInMonth, formatMonth, isIsoDate, weekdayIndex } from "~/lib/dates/calendar";
import type { PromptFacts } from "../system-prompt";
import type { ExplainKey } from "../tools.server";

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

type Person = PromptFacts["people"][number];

const TOPICS: Array<[Topic, RegExp]> = [
  [
    "medical",
    /\b(cancer|diabet\w*|illness|disease|symptoms?|diagnos\w*|medic(ine|ation|al)|doctor|surgery|pregnan\w*|fertility|therap(y|ist)|depress\w*|anxiety|pills?|dosage|cure|health|sick|hospital|vaccin\w*)\b/,
  ],
  [
    "legal",
    /\b(lawyer|attorney|lawsuit|sue|suing|court|legal(ly)?|illegal|custody|visa|immigration|police|arrest(ed)?|divorce settlement|my rights)\b/,
  ],
  [
    "financial",
    /\b(invest(ing|ment|ments)?|stocks?|crypto\w*|bitcoin|lotter(y|ies)|lotto|gambl\w*|casino|betting|loans?|mortgage|tax(es)?|financial advice|trading|forex|pension|savings)\b/,
  ],
];

const GUARD =
  /\b(ignore (all |your |the |previous |prior )*(instructions|rules)|system prompt|your instructions|other users?'?s?|another user|someone else'?s (chart|data|account)|every user|all users|admin|database|jailbreak|developer mode|pretend (you are|to be))\b/;

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  eleven: 11,
  "twenty-two": 22,
  "twenty two": 22,
  "thirty-three": 33,
  "thirty three": 33,
};
const NUMBER_WORD = new RegExp(`\\b(${Object.keys(WORD_NUMBERS).join("|")})s?\\b`);
const VALID_NUMBERS = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 22, 33]);

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH_ALT = `(${MONTHS.join("|")}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;
const monthIndex = (word: string) => MONTHS.findIndex((m) => m.startsWith(word.slice(0, 3))) + 1;
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** Positions by the words people use for them; earlier entries win ("karmic debt" before "debt"). */
const POSITIONS: Array<[ExplainKey, RegExp]> = [
  ["karmicDebt", /\bkarmic debts?\b/],
  ["karmicLesson", /\bkarmic lessons?\b|\blessons? (i|to) (need to )?learn\b/],
  ["hiddenPassion", /\bhidden passion\b/],
  ["subconsciousSelf", /\bsubconscious\b/],
  ["rationalThought", /\brational thought\b/],
  ["chaldeanName", /\bchaldean\b/],
  ["soulUrge", /\bsoul urge\b|\bheart'?s desire\b|\bsoul number\b|\binner (self|desire)\b|\bdeep(est)? down\b/],
  [
    "personality",
    /\bpersonality( number)?\b|\bouter self\b|\bhow (do )?(others|people) (see|perceive) me\b|\bfirst impression\b/,
  ],
  ["expression", /\bexpression\b|\bdestiny number\b|\bname number\b|\bnumber of my name\b/],
  ["lifePath", /\blife ?-?path\b/],
  ["birthday", /\bbirth ?day number\b|\bday (i was|of) birth\b/],
  ["maturity", /\bmaturity\b|\brealization number\b|\blater (in )?life\b/],
  ["attitude", /\battitude\b/],
  ["balance", /\bbalance number\b|\bunder (stress|pressure)\b|\bin a crisis\b/],
  ["cornerstone", /\bcornerstone\b|\bfirst letter\b/],
  ["capstone", /\bcapstone\b|\blast letter\b/],
  ["firstVowel", /\bfirst vowel\b/],
  ["personalYear", /\bpersonal year\b/],
  ["personalMonth", /\bpersonal month\b/],
  ["personalDay", /\bpersonal day\b/],
  ["pinnacle", /\bpinnacles?\b|\b(phase|stage|chapter|season|period) of (my )?life\b|\blife (phase|stage|chapter)\b/],
  ["challenge", /\bchallenge (number|period)s?\b|\bcurrent challenge\b|\bmy challenge\b/],
  ["transit", /\btransits?\b/],
  ["essence", /\bessence\b/],
  ["driver", /\bdriver\b|\bpsychic number\b|\bmoolank\b/],
  ["conductor", /\bconductor\b|\bbhagyank\b/],
  ["kua", /\bkua\b|\bfeng shui\b|\bdirections?\b|\bwhich way should\b|\bface (north|south|east|west)\b/],
  ["loShu", /\blo ?shu\b|\bgrid\b|\bmissing (number|digit)s?\b|\bwhat(’s|'s| is) missing\b|\barrows?\b/],
  [
    "remedies",
    /\blucky colou?rs?\b|\bcolou?rs? (to wear|suit)\b|\bgem ?stones?\b|\bcrystals?\b|\bremed(y|ies)\b|\baffirmation\b|\blucky day\b/,
  ],
];

const PURPOSES: Array<[RegExp, Purpose]> = [
  [
    /\b(business|deal|contract|sign(ing)?|salary|raise|promotion|money|invoice|career move)\b/,
    { label: "business and money matters", number: 8 },
  ],
  [
    /\b(wedding|marry|marriage|engage(ment|d)?|propos(e|al)|family|home|house ?warming|baby)\b/,
    { label: "love, family and home", number: 6 },
  ],
  [
    /\b(travel|trip|holiday|vacation|move|moving|relocat\w*|adventure|change)\b/,
    { label: "travel and change", number: 5 },
  ],
  [
    /\b(party|celebrat\w*|creative|write|writing|perform\w*|present(ation)?|publish|social)\b/,
    { label: "celebrating and creating", number: 3 },
  ],
  [
    /\b(partnership|negotiat\w*|cooperat\w*|reconcil\w*|make up|apologi[sz]e|first date|date night)\b/,
    { label: "partnership and diplomacy", number: 2 },
  ],
  [
    /\b(plan(ning)?|build(ing)?|organi[sz]e|renovat\w*|paperwork|hard work|foundation)\b/,
    { label: "planning and steady work", number: 4 },
  ],
  [
    /\b(study|exams?|research|retreat|meditat\w*|rest|reflect\w*|spiritual)\b/,
    { label: "study and reflection", number: 7 },
  ],
  [
    /\b(finish|end(ing)?|complete|let go|break ?up|donat\w*|charity|declutter|farewell)\b/,
    { label: "finishing and letting go", number: 9 },
  ],
  [
    /\b(start(ing)?|begin(ning)?|launch(ing)?|new job|new project|open(ing)?|fresh start|apply|interview)\b/,
    { label: "new beginnings", number: 1 },
  ],
];

const AREAS: Array<[Area, RegExp]> = [
  ["career", /\b(career|job|work|profession|calling|vocation)\b/],
  ["love", /\b(love|romance|romantic|relationships?|partner|dating|marr(y|ied|iage)|soul ?mate|wedding)\b/],
  ["strengths", /\b(strengths?|weakness(es)?|talents?|gifts?|good at)\b/],
  ["purpose", /\b(purpose|mission|meant to|why am i here)\b/],
  ["name", /\b(my|his|her|their) name\b.*\b(say|mean|tell|reveal|show)s?\b|\bmeaning of (my|his|her|their) name\b/],
];

const RELATION_WORDS: Array<[string, RegExp]> = [
  ["partner", /\bmy (partner|husband|wife|boyfriend|girlfriend|spouse|fianc[ée]e?|other half|man|woman)\b/],
  ["child", /\bmy (son|daughter|child|kid|baby)\b/],
  ["parent", /\bmy (mother|father|mum|mom|dad|parent)\b/],
  ["friend", /\bmy (best )?friend\b/],
  ["colleague", /\bmy (colleague|boss|coworker|co-worker|manager)\b/],
];

export function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** People named (first name or full name) or described by relation ("my partner"), in order of mention. */
export function mentionedPeople(text: string, people: Person[]): Person[] {
  const found: Array<[number, Person]> = [];
  for (const person of people) {
    if (person.id === "me") continue;
    const names = [person.name, person.name.split(/\s+/)[0]].map((n) => normalise(n)).filter((n) => n.length > 1);
    const at = Math.min(
      ...names.map((n) => text.search(new RegExp(`\\b${escape(n)}('s)?\\b`))).filter((i) => i >= 0),
      Infinity,
    );
    if (at !== Infinity) found.push([at, person]);
  }
  for (const [relation, pattern] of RELATION_WORDS) {
    const at = text.search(pattern);
    const person = people.find((p) => p.relation === relation && !found.some(([, f]) => f.id === p.id));
    if (at >= 0 && person) found.push([at, person]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, p]) => p);
}

const FIRST_PERSON = /\b(i|i'm|im|me|my|mine|myself|am i)\b/;
const THIRD_PERSON = /\b(he|she|his|her|him|hers|they|their|them)\b/;

/** Whose chart a question is about: a named person, else "my" → me, "his/her" → the conversation's subject. */
function subjectOf(text: string, facts: PromptFacts): string {
  const named = mentionedPeople(text, facts.people)[0];
  if (named) return named.id;
  if (FIRST_PERSON.test(text)) return "me";
  if (THIRD_PERSON.test(text)) return facts.aboutKey;
  return facts.aboutKey;
}

function numberIn(text: string): number | null {
  // Dates and years are not the number asked about.
  const cleaned = text.replace(/\b\d{4}-\d{2}-\d{2}\b|\b\d{4}\b/g, " ");
  for (const match of cleaned.matchAll(/(?<![\d-])(\d{1,2})(?:s|'s)?\b(?!\s*(?:st|nd|rd|th)\b)/g)) {
    const n = Number(match[1]);
    if (VALID_NUMBERS.has(n)) return n;
  }
  const word = NUMBER_WORD.exec(cleaned);
  return word ? WORD_NUMBERS[word[1]] : null;
}

/** The next such weekday from today (today itself unless "next" was said). */
function nextWeekday(today: string, weekday: number, next: boolean): string {
  const ahead = (weekday - weekdayIndex(today) + 7) % 7;
  return addDays(today, ahead === 0 && next ? 7 : ahead);
}

/** A specific day named in the question, with how to say it ("tomorrow", "on 2026-12-25"). */
export function dateIn(text: string, today: string): { date: string; when: string } | null {
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(text);
  if (iso && isIsoDate(iso[1])) return { date: iso[1], when: `on ${iso[1]}` };
  if (/\btomorrow\b/.test(text)) return { date: addDays(today, 1), when: "tomorrow" };
  if (/\byesterday\b/.test(text)) return { date: addDays(today, -1), when: "yesterday" };
  if (/\b(today|tonight|this morning|this evening|this afternoon)\b/.test(text)) return { date: today, when: "today" };
  const dayMonth = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_ALT}\\b(?: (\\d{4}))?`).exec(text);
  const monthDay = new RegExp(`\\b${MONTH_ALT} (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?`).exec(text);
  const parts = dayMonth
    ? { day: Number(dayMonth[1]), month: monthIndex(dayMonth[2]), year: dayMonth[3] }
    : monthDay
      ? { day: Number(monthDay[2]), month: monthIndex(monthDay[1]), year: monthDay[3] }
      : null;
  if (parts && parts.month > 0) {
    const year = parts.year ? Number(parts.year) : Number(today.slice(0, 4));
    if (parts.day >= 1 && parts.day <= daysInMonth(year, parts.month)) {
      const date = `${String(year).padStart(4, "0")}-${String(parts.month).padStart(2, "0")}-${String(parts.day).padStart(2, "0")}`;
      return { date, when: `on ${date}` };
    }
  }
  const weekday = /\b(this |next |on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.exec(text);
  if (weekday) {
    const date = nextWeekday(today, WEEKDAYS.indexOf(weekday[2]), weekday[1] === "next ");
    return { date, when: `on ${weekday[2][0].toUpperCase()}${weekday[2].slice(1)} (${date})` };
  }
  return null;
}

/** A month named in the question (YYYY-MM): "next month", "in March" (the next March to come). */
export function monthIn(text: string, today: string): string | null {
  const thisMonth = today.slice(0, 7);
  const iso = /\b(\d{4})-(\d{2})\b/.exec(text);
  if (iso && Number(iso[2]) >= 1 && Number(iso[2]) <= 12) return `${iso[1]}-${iso[2]}`;
  if (/\bnext month\b/.test(text)) return addMonths(thisMonth, 1);
  if (/\bthis month\b/.test(text)) return thisMonth;
  // "may" is a month only where a month fits: "in May", "May 2027".
  const named = new RegExp(
    `\\b(?:in|for|during|of|this|next) ${MONTH_ALT}\\b|\\b(${MONTHS.filter((m) => m !== "may").join("|")})\\b|\\bmay (\\d{4})\\b`,
  ).exec(text);
  if (!named) return null;
  const word = named[1] ?? named[2] ?? "may";
  const year = /\b(\d{4})\b/.exec(text)?.[1];
  const month = monthIndex(word);
  if (year) return `${year}-${String(month).padStart(2, "0")}`;
  const currentYear = Number(today.slice(0, 4));
  const candidate = `${currentYear}-${String(month).padStart(2, "0")}`;
  return candidate >= thisMonth ? candidate : `${currentYear + 1}-${String(month).padStart(2, "0")}`;
}

function purposeIn(text: string): Purpose | null {
  return PURPOSES.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

const YEAR_NAMED = /\b(\d{4})\b.*\byear\b|\b(?:in|for|during|will|of) (\d{4})\b/;

function scopeOf(text: string): Scope | null {
  if (
    /\b(personal year|this year|next year|year ahead|coming year|my year|the year)\b/.test(text) ||
    YEAR_NAMED.test(text)
  )
    return "year";
  if (/\b(personal month|this month|next month|month ahead|coming month)\b/.test(text)) return "month";
  if (/\b(personal day|today|tomorrow|yesterday|tonight|this week|this weekend)\b/.test(text)) return "day";
  return null;
}

/** The date a year or month question is about: today, or the first day of the next year/month asked for. */
function scopeDate(text: string, today: string, scope: Scope): { date: string; when: string } {
  const thisYear = Number(today.slice(0, 4));
  if (scope === "year" && /\bnext year\b/.test(text)) return { date: `${thisYear + 1}-01-01`, when: "next year" };
  const named = YEAR_NAMED.exec(text);
  const year = named ? Number(named[1] ?? named[2]) : thisYear;
  if (scope === "year" && year !== thisYear && year >= 1800 && year <= 9999)
    return { date: `${year}-01-01`, when: `in ${year}` };
  if (scope === "month") {
    const month = monthIn(text, today);
    if (month && month !== today.slice(0, 7)) return { date: `${month}-01`, when: `in ${formatMonth(month)}` };
  }
  return { date: today, when: scope === "year" ? "this year" : scope === "month" ? "this month" : "today" };
}

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
