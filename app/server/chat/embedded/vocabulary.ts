/** The words the embedded guide recognises in a question: topics, numbers, months, positions, purposes. */
import type { ExplainKey } from "../tools.server";
import type { Area, Purpose, Topic } from "./intents";

export const TOPICS: Array<[Topic, RegExp]> = [
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

export const GUARD =
  /\b(ignore (all |your |the |previous |prior )*(instructions|rules)|system prompt|your instructions|other users?'?s?|another user|someone else'?s (chart|data|account)|every user|all users|admin|database|jailbreak|developer mode|pretend (you are|to be))\b/;

export const WORD_NUMBERS: Record<string, number> = {
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
export const NUMBER_WORD = new RegExp(`\\b(${Object.keys(WORD_NUMBERS).join("|")})s?\\b`);
export const VALID_NUMBERS = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 22, 33]);

export const MONTHS = [
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
export const MONTH_ALT = `(${MONTHS.join("|")}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;
export const monthIndex = (word: string) => MONTHS.findIndex((m) => m.startsWith(word.slice(0, 3))) + 1;
export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** Positions by the words people use for them; earlier entries win ("karmic debt" before "debt"). */
export const POSITIONS: Array<[ExplainKey, RegExp]> = [
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

export const PURPOSES: Array<[RegExp, Purpose]> = [
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

export const AREAS: Array<[Area, RegExp]> = [
  ["career", /\b(career|job|work|profession|calling|vocation)\b/],
  ["love", /\b(love|romance|romantic|relationships?|partner|dating|marr(y|ied|iage)|soul ?mate|wedding)\b/],
  ["strengths", /\b(strengths?|weakness(es)?|talents?|gifts?|good at)\b/],
  ["purpose", /\b(purpose|mission|meant to|why am i here)\b/],
  ["name", /\b(my|his|her|their) name\b.*\b(say|mean|tell|reveal|show)s?\b|\bmeaning of (my|his|her|their) name\b/],
];

export const RELATION_WORDS: Array<[string, RegExp]> = [
  ["partner", /\bmy (partner|husband|wife|boyfriend|girlfriend|spouse|fianc[ée]e?|other half|man|woman)\b/],
  ["child", /\bmy (son|daughter|child|kid|baby)\b/],
  ["parent", /\bmy (mother|father|mum|mom|dad|parent)\b/],
  ["friend", /\bmy (best )?friend\b/],
  ["colleague", /\bmy (colleague|boss|coworker|co-worker|manager)\b/],
];
