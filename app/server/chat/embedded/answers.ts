/**
 * The embedded model's two halves after reading a question: which tools to call (`planCalls`, asked again
 * after each round of results) and the answer written from their results (`composeAnswer`), in Markdown,
 * in our own words. Pure.
 */
import { formatMonth } from "~/lib/dates/calendar";
import { formatLongDate } from "~/lib/dates/local-dates";
import { GUIDE_DISCLAIMER, type PromptFacts } from "../system-prompt";
import type {
  CompareOutput,
  DailyOutput,
  DatesOutput,
  ExplainKey,
  ExplainOutput,
  NameOutput,
  NumberDetail,
  NumberSummary,
  ProfileOutput,
  ToolError,
} from "../tools.server";
import type { Area, Intent, Topic } from "./intents";

export interface ToolCall {
  toolName: string;
  input: Record<string, unknown>;
}

export interface ToolResult extends ToolCall {
  output: unknown;
}

const call = (toolName: string, input: Record<string, unknown>): ToolCall => ({ toolName, input });
const explain = (key: ExplainKey, personId: string) => call("explainNumber", { key, personId });

const AREA_KEYS: Record<Area, ExplainKey[]> = {
  career: ["lifePath", "expression"],
  love: ["soulUrge", "personality"],
  strengths: ["lifePath", "expression"],
  purpose: ["lifePath"],
  name: ["expression", "soulUrge", "personality"],
};

/** Which report keys a profile summary's key belongs to ("pinnacle.2" → "pinnacle"). */
const explainKeyOf = (summaryKey: string) => summaryKey.split(".")[0] as ExplainKey;

const outputOf = <T>(results: ToolResult[], toolName: string): T | ToolError | undefined =>
  results.find((r) => r.toolName === toolName)?.output as T | ToolError | undefined;

const isError = (value: unknown): value is ToolError => typeof value === "object" && value !== null && "error" in value;

/** Numbers of a profile that hold `n` (as value or unreduced compound). */
function positionsHolding(profile: ProfileOutput, n: number): NumberSummary[] {
  const all = [...profile.numbers, ...[profile.currentPinnacle, profile.currentChallenge].filter((x) => x !== null)];
  return all.filter((s) => s.value === n || s.compound === n);
}

/** The next tool calls for an intent given the results so far; [] means: write the answer. */
export function planCalls(intent: Intent, results: ToolResult[]): ToolCall[] {
  const first = results.length === 0;
  switch (intent.kind) {
    case "overview":
      return first ? [call("getProfile", { personId: intent.personId }), explain("lifePath", intent.personId)] : [];
    case "lucky":
    case "masters":
      return first ? [call("getProfile", { personId: intent.personId })] : [];
    case "area":
      return first ? AREA_KEYS[intent.area].map((key) => explain(key, intent.personId)) : [];
    case "explain":
      return first ? [explain(intent.key, intent.personId)] : [];
    case "number":
      return first ? [call("explainNumber", { key: "number", number: intent.number })] : [];
    case "myNumber": {
      if (first) return [call("getProfile", { personId: intent.personId })];
      if (results.length > 1) return [];
      const profile = results[0].output;
      if (isError(profile)) return [];
      const keys = [
        ...new Set(positionsHolding(profile as ProfileOutput, intent.number).map((s) => explainKeyOf(s.key))),
      ];
      return keys.length
        ? keys.slice(0, 3).map((key) => explain(key, intent.personId))
        : [call("explainNumber", { key: "number", number: intent.number })];
    }
    case "daily":
      if (!first) return [];
      return [
        call("dailyReading", { date: intent.date, personId: intent.personId }),
        ...(intent.purpose
          ? [
              call("goodDates", {
                month: intent.date.slice(0, 7),
                number: intent.purpose.number,
                personId: intent.personId,
              }),
            ]
          : []),
      ];
    case "compare":
      return first && intent.personB ? [call("compare", { personA: intent.personA, personB: intent.personB })] : [];
    case "dates":
      return first
        ? [call("goodDates", { month: intent.month, number: intent.number, personId: intent.personId })]
        : [];
    case "name": {
      if (intent.target !== null)
        return first ? [call("suggestNameSpellings", { target: intent.target, personId: intent.personId })] : [];
      if (first) return [call("getProfile", { personId: intent.personId })];
      if (results.length > 1) return [];
      const target = lifePathTargetOf(results[0].output);
      return target === null ? [] : [call("suggestNameSpellings", { target, personId: intent.personId })];
    }
    default:
      return [];
  }
}

/** Without a target, a name change usually aims at the Life Path; none when the name already matches it. */
function lifePathTargetOf(output: unknown): number | null {
  if (isError(output)) return null;
  const profile = output as ProfileOutput;
  const lifePath = profile.numbers.find((n) => n.key === "lifePath")?.value;
  const expression = profile.numbers.find((n) => n.key === "expression")?.value;
  return typeof lifePath === "number" && lifePath !== expression ? lifePath : null;
}

// ---------------------------------------------------------------- writing

const link = (label: string, href: string) => `[${label}](${href})`;
const list = (items: string[]) => items.map((i) => `- ${i}`).join("\n");
const joinWords = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
/** "an 8", "an 11", "a 7". */
const article = (n: number | string) => (/^(8|11|18)$/.test(String(n)) ? "an" : "a");
const lower = (s: string) => (s ? s[0].toLowerCase() + s.slice(1) : s);
const numberText = (d: { value: number | string; compound: number | null }) =>
  typeof d.value === "number" && d.compound !== null && d.compound !== d.value
    ? `${d.compound}/${d.value}`
    : String(d.value);

function owner(person: { id: string; name: string } | null | undefined) {
  const me = !person || person.id === "me";
  return {
    me,
    your: me ? "your" : `${person!.name}'s`,
    Your: me ? "Your" : `${person!.name}'s`,
    you: me ? "you" : person!.name,
    are: me ? "are" : "is",
  };
}

const SUGGESTIONS = [
  "What does my Life Path mean?",
  "What is today like for me?",
  "What is missing in my Lo Shu grid?",
  "Which days this month suit a fresh start?",
  "How was my Expression number calculated?",
];

const CAPABILITIES = list([
  "what each of your numbers means, and how it was calculated",
  "what today, this month or this year hold for you (Personal Day, Month and Year)",
  "your current pinnacle and challenge, karmic numbers and Lo Shu grid",
  "how compatible you are with the people you've added",
  "which dates of a month suit what you have planned",
  "name spellings that reach the number you want",
]);

const TOPIC_WORDS: Record<Topic, string> = {
  medical: "health and medical",
  legal: "legal",
  financial: "money and investment",
};

function detailBlock(d: NumberDetail, whose: string, how: boolean, about?: string): string {
  const heading = `**${whose} ${d.label} is ${numberText(d)}: ${d.title}.** (${link(`${d.label} ${d.value}`, d.href)})`;
  const ages = d.facts.find((f) => f.label === "Ages");
  const now = d.current
    ? ` You are in this period now${ages ? ` (${lower(ages.value)})` : ""}.`
    : ages
      ? ` ${ages.value}.`
      : "";
  if (how) {
    const steps = d.steps.length
      ? d.steps.map((s, i) => `${i + 1}. ${s}`).join("\n")
      : "It is read directly from the chart.";
    return `**How ${lower(whose)} ${d.label} ${numberText(d)} was calculated** (${link(`${d.label} ${d.value}`, d.href)}):\n\n${steps}\n\n${about ?? ""}`.trim();
  }
  const parts = [heading + now, d.paragraph];
  const facts = d.facts.filter((f) => f.label !== "Ages").map((f) => `**${f.label}:** ${f.value}`);
  if (facts.length) parts.push(list(facts));
  const lists: string[] = [];
  if (d.strengths.length) lists.push(`**Strengths:** ${d.strengths.slice(0, 4).join("; ")}`);
  if (d.challenges.length) lists.push(`**Watch for:** ${d.challenges.slice(0, 3).join("; ")}`);
  if (lists.length) parts.push(list(lists));
  return parts.join("\n\n");
}

function explainAnswer(out: ExplainOutput, how: boolean): string {
  const o = owner(out.person);
  if (out.key === "number") {
    const m = out.items[0];
    return `**${m.value}: ${m.title}.** ${m.paragraph}\n\n${list([
      `**Keywords:** ${m.keywords.join(", ")}`,
      `**Strengths:** ${m.strengths.slice(0, 4).join("; ")}`,
      `**Watch for:** ${m.challenges.slice(0, 3).join("; ")}`,
      ...m.facts.map((f) => `**${f.label}:** ${f.value}`),
    ])}\n\nAsk "what does my ${m.value} mean?" to see where it sits in your own chart.`;
  }
  if (out.key === "loShu" && out.loShu) return loShuAnswer(out, o.Your);
  if (out.key === "remedies") return remediesAnswer(out, o.your);
  if (!out.items.length) return `${o.Your} chart has no ${out.key} to speak of.`;
  if (out.items.length === 1 && out.items[0].value === "None")
    return `**${o.Your} chart has no ${out.items[0].label}.** ${out.about}`;
  const blocks = out.items.map((d, i) => detailBlock(d, o.Your, how, i === 0 ? out.about : undefined));
  return how ? blocks.join("\n\n") : `${blocks.join("\n\n")}\n\n_${out.about}_`;
}

function loShuAnswer(out: ExplainOutput, Your: string): string {
  const lo = out.loShu!;
  const parts = [
    `**${Your} Lo Shu grid** (${link("Lo Shu grid", lo.href)}) is made from the digits of the birth date.`,
  ];
  if (lo.missing.length) {
    parts.push(
      `**Missing numbers: ${lo.missing.map((m) => m.digit).join(", ")}.**\n\n` +
        list(
          lo.missing.map(
            (m) =>
              `**${m.digit}:** ${m.meaning} Try: ${m.remedies
                .slice(0, 2)
                .map((r) => r.replace(/\.$/, ""))
                .join("; ")}.`,
          ),
        ),
    );
  } else parts.push("**No number is missing**: every digit 1 to 9 appears at least once.");
  if (lo.repeating.length)
    parts.push(
      `**Repeated numbers:**\n\n${list(lo.repeating.map((r) => `**${r.digit}** (${r.count}×, ${r.theme}): ${r.text}`))}`,
    );
  if (lo.arrows.length) parts.push(`**Arrows:**\n\n${list(lo.arrows.map((a) => `**${a.title}:** ${a.paragraph}`))}`);
  const driver = out.items.find((d) => d.key === "driver");
  const conductor = out.items.find((d) => d.key === "conductor");
  if (driver && conductor)
    parts.push(
      `Driver ${link(String(driver.value), driver.href)} (${driver.title}) and Conductor ${link(String(conductor.value), conductor.href)} (${conductor.title}) come from the same date.`,
    );
  return parts.join("\n\n");
}

function remediesAnswer(out: ExplainOutput, your: string): string {
  const blocks = out.items.map((d) => {
    const facts = d.facts.map((f) => `**${f.label}:** ${f.value}`);
    return `**${d.label}** (${link(`${d.label.replace(/^For (your|\w+'s) /, "")}`, d.href)}): ${d.paragraph}\n\n${list([...facts, `**Affirmation:** ${d.strengths[0] ?? ""}`])}`;
  });
  const practices = out.practices ?? [];
  const chosen = practices.length
    ? `\n\n**Practices chosen for ${your} chart** (${link("remedies", practices[0].href)}):\n\n${list(
        practices.map((p) => `**${p.title}** (${p.answers}, ${p.frequency}): ${p.how}`),
      )}`
    : "";
  return `Colours, stones and days traditionally linked with ${your} numbers:\n\n${blocks.join("\n\n")}${chosen}\n\n_These are traditional, reflective practices, not medical or financial advice._`;
}

function cycleLine(d: NumberDetail) {
  return `${d.label} ${d.value} (${d.title})`;
}

function dailyAnswer(
  intent: Extract<Intent, { kind: "daily" }>,
  out: DailyOutput,
  dates: DatesOutput | ToolError | undefined,
) {
  const o = owner(out.person);
  if (intent.scope === "year" || intent.scope === "month") {
    const d = intent.scope === "year" ? out.personalYear : out.personalMonth;
    const parts = [
      ...(intent.foretell ? [FORETELL_NOTE] : []),
      `**${o.Your} ${d.label} ${intent.when} is ${d.value}: ${d.title}.** (${link(`${d.label} ${d.value}`, d.href)})`,
      d.paragraph,
      list([
        ...(d.strengths.length ? [`**Focus on:** ${d.strengths.join("; ")}`] : []),
        ...(d.challenges.length ? [`**Avoid:** ${d.challenges.join("; ")}`] : []),
      ]),
    ];
    parts.push(
      intent.scope === "year"
        ? `A Personal Year runs with the calendar year, from 1 January to 31 December. Within it, ${o.your} ${cycleLine(out.personalMonth)} sets the tone of the month.`
        : `This month sits inside ${o.your} ${cycleLine(out.personalYear)}.`,
    );
    if (intent.purpose)
      parts.push(
        d.value === intent.purpose.number
          ? `For ${intent.purpose.label}, a ${d.label} ${intent.purpose.number} is the traditional choice: the timing suits it.`
          : `For ${intent.purpose.label}, numerologists favour a ${d.label} ${intent.purpose.number}; this one is ${article(d.value)} ${d.value}, so lean on its own themes above, and pick Personal Day ${intent.purpose.number} dates for the key steps.`,
      );
    return parts.join("\n\n");
  }
  const d = out.personalDay;
  const colour = d.facts.find((f) => f.label === "Colour of the day")?.value;
  const when =
    intent.when === "today" || intent.when === "tomorrow" || intent.when === "yesterday"
      ? `${intent.when[0].toUpperCase()}${intent.when.slice(1)} (${formatLongDate(out.date)})`
      : `On ${formatLongDate(out.date)}`;
  const parts = [
    `**${when} is ${o.your} Personal Day ${d.value}: ${d.title}.** (${link(`Personal Day ${d.value}`, d.href)})`,
    d.paragraph,
    list([
      ...(d.strengths[0] ? [`**Do:** ${d.strengths[0]}`] : []),
      ...(d.challenges[0] ? [`**Don't:** ${d.challenges[0]}`] : []),
      ...(colour ? [`**Colour of the day:** ${colour}`] : []),
    ]),
    `It falls in ${o.your} ${cycleLine(out.personalMonth)} and ${cycleLine(out.personalYear)}.`,
  ];
  if (intent.purpose && dates && !isError(dates)) {
    const fits = d.value === intent.purpose.number;
    const others = dates.dates
      .filter((x) => x !== out.date)
      .slice(0, 4)
      .map((x) => formatLongDate(x));
    parts.push(
      fits
        ? `For ${intent.purpose.label}, a Personal Day ${intent.purpose.number} is the traditional choice, so this day suits it well.`
        : `For ${intent.purpose.label}, Personal Day ${intent.purpose.number} days suit best${others.length ? `: in ${formatMonth(dates.month)} those are ${joinWords(others)} (${link("good dates", dates.cite[0].href)})` : ""}. That said, any day works with good intentions.`,
    );
  }
  return parts.join("\n\n");
}

function compareAnswer(
  intent: Extract<Intent, { kind: "compare" }>,
  out: CompareOutput | ToolError | undefined,
  facts: PromptFacts,
) {
  if (!intent.personB || !out) {
    const others = facts.people.filter((p) => p.id !== "me");
    return others.length
      ? `Who should I compare? You can ask about ${joinWords(others.map((p) => `${p.name} (${p.relation})`))}, for example "Are ${others[0].name} and I compatible?"`
      : `To compare two charts I need the other person's birth name and date: add them on ${link("People", "/people/new")}, then ask me again.`;
  }
  if (isError(out)) return `I couldn't compare those charts: ${out.error}`;
  const names = `${out.a.id === "me" ? "You" : out.a.name} and ${out.b.id === "me" ? "you" : out.b.name}`;
  const good = out.pairs.filter((p) => p.relation === "natural" || p.relation === "compatible");
  const hard = out.pairs.filter((p) => p.relation === "challenging" || p.relation === "neutral");
  const parts = [
    `**${names}: ${out.score}/100, ${lower(out.label)}.** (${link(`Compatibility ${out.score}/100`, out.cite[0].href)})`,
    out.summary,
  ];
  const hardBlock = hard.length ? `**Where it takes effort:**\n\n${list(hard.map((p) => p.reason))}` : "";
  const goodBlock = good.length ? `**Where you click:**\n\n${list(good.map((p) => p.reason))}` : "";
  if (intent.clash) {
    parts.push(
      hard.length
        ? hardBlock.replace("Where it takes effort", "Where the friction comes from")
        : "None of your number pairs is a hard mix: friction is more likely about circumstances than about your numbers.",
    );
    if (goodBlock) parts.push(goodBlock);
  } else {
    if (goodBlock) parts.push(goodBlock);
    if (hardBlock) parts.push(hardBlock);
  }
  parts.push(`**What helps:** ${out.tip}`, out.framing);
  return parts.join("\n\n");
}

function datesAnswer(intent: Extract<Intent, { kind: "dates" }>, out: DatesOutput | ToolError | undefined) {
  if (!out) return "I couldn't look those dates up.";
  if (isError(out)) return `I couldn't find those dates: ${out.error}`;
  const o = owner(out.person);
  const purpose = intent.purpose ? `, good for ${intent.purpose.label}` : "";
  const head = `**Personal Day ${out.number} dates for ${o.you} in ${formatMonth(out.month)}${purpose}** (${link(`Personal Day ${out.number} dates`, out.cite[0].href)}): ${out.title}.`;
  const body = out.dates.length
    ? list(out.dates.map((d) => formatLongDate(d)))
    : `There are no Personal Day ${out.number} days left in ${formatMonth(out.month)}; ask me about next month.`;
  return `${head}\n\n${body}\n\nA Personal Day number repeats about every nine days, so there is always another one coming.`;
}

function nameAnswer(intent: Extract<Intent, { kind: "name" }>, results: ToolResult[]) {
  const names = outputOf<NameOutput>(results, "suggestNameSpellings");
  const profile = outputOf<ProfileOutput>(results, "getProfile");
  if (!names) {
    if (profile && !isError(profile)) {
      const lp = profile.numbers.find((n) => n.key === "lifePath");
      const ex = profile.numbers.find((n) => n.key === "expression");
      return `${owner(profile.person).Your} Expression ${ex?.value} already matches ${owner(profile.person).your} Life Path ${lp?.value}, which numerologists see as a name in harmony with its path: there's no number-based reason to change it. If you'd like a different energy, ask me for spellings that reach a number, for example "spellings of my name for an 8".`;
    }
    return `I couldn't read that chart: ${isError(profile) ? profile.error : "no result"}.`;
  }
  if (isError(names)) return `I couldn't suggest spellings: ${names.error}`;
  const o = owner(names.person);
  const label = names.system === "chaldean" ? "Chaldean name number" : "Expression";
  const why = intent.target === null ? ` (to match ${o.your} Life Path ${names.target})` : "";
  const head = `**${o.Your} name ${names.name} gives ${label} ${names.current.value} now.** Spellings that reach ${names.target}, ${names.targetTitle}${why} (${link("name tool", names.cite[0].href)}):`;
  const body = names.suggestions.length
    ? list(names.suggestions.map((s) => `**${s.spelling}**: ${s.change}`))
    : `No small change of ${names.name} reaches ${names.target}; the name tool can try other targets.`;
  return `${head}\n\n${body}\n\nA new spelling works through use: sign with it and introduce yourself by it. ${o.Your} birth name stays the base of the chart.`;
}

function overviewAnswer(results: ToolResult[]) {
  const profile = outputOf<ProfileOutput>(results, "getProfile");
  if (!profile || isError(profile))
    return `I couldn't read that chart${profile && isError(profile) ? `: ${profile.error}` : "."}`;
  const o = owner(profile.person);
  const lifePath = outputOf<ExplainOutput>(results, "explainNumber");
  const isCycle = (key: string) => key === "personalYear" || key === "personalMonth" || key === "personalDay";
  const cycles = profile.numbers.filter((n) => isCycle(n.key));
  const core = profile.numbers.filter((n) => !isCycle(n.key));
  const parts = [
    `**${o.Your} chart at a glance** (${profile.birthName}, born ${formatLongDate(profile.birthDate)}):`,
    list(core.map((n) => `${link(`${n.label} ${numberText(n)}`, n.href)}: ${n.title}`)),
    `**Right now:** ${cycles.map((n) => `${n.label} ${n.value} (${n.title})`).join(", ")}${profile.currentPinnacle ? `; current pinnacle ${profile.currentPinnacle.value} (${profile.currentPinnacle.title})` : ""}.`,
  ];
  if (lifePath && !isError(lifePath) && lifePath.items[0])
    parts.push(`**The heart of it, ${o.your} Life Path:** ${lifePath.items[0].paragraph}`);
  parts.push("Ask me about any of these numbers to go deeper.");
  return parts.join("\n\n");
}

function luckyAnswer(profile: ProfileOutput) {
  const o = owner(profile.person);
  const lp = profile.numbers.find((n) => n.key === "lifePath")!;
  const driver = profile.numbers.find((n) => n.key === "driver");
  const d = typeof driver?.value === "number" ? driver.value : null;
  const days = d ? [d, d + 9, d + 18, d + 27].filter((x) => x <= 31) : [];
  return [
    `Numerology has no single lucky number, but two numbers are traditionally ${o.your} own:`,
    list([
      `${link(`Life Path ${lp.value}`, lp.href)} (${lp.title}): the number of ${o.your} path.`,
      ...(driver
        ? [
            `${link(`Driver ${driver.value}`, driver.href)} (${driver.title}): from the day of birth, read as a personal lucky number in Indian practice.`,
          ]
        : []),
    ]),
    ...(days.length ? [`Days of any month that reduce to ${d}: the ${joinWords(days.map(String))}.`] : []),
  ].join("\n\n");
}

function mastersAnswer(profile: ProfileOutput) {
  const o = owner(profile.person);
  const masters = profile.numbers.filter((n) => n.value === 11 || n.value === 22 || n.value === 33);
  if (!masters.length)
    return `None of ${o.your} core numbers is a master number (11, 22 or 33). That's the usual case: master numbers are kept only where a sum lands exactly on them.`;
  return `**Master numbers in ${o.your} chart:**\n\n${list(masters.map((n) => `${link(`${n.label} ${n.value}`, n.href)}: ${n.title}`))}\n\nA master number carries its root's qualities (11 → 2, 22 → 4, 33 → 6) at a higher pitch: more potential, and more pressure.`;
}

const FORETELL_NOTE =
  "Numerology doesn't foretell events: it describes tendencies and timing, and what happens is yours to shape. Here is what your numbers say that bears on it.";

function areaAnswer(area: Area, results: ToolResult[], foretell: boolean) {
  const items = results.flatMap((r) => (isError(r.output) ? [] : (r.output as ExplainOutput).items));
  const person = results.map((r) => r.output).find((o): o is ExplainOutput => !isError(o))?.person;
  const o = owner(person);
  const intro: Record<Area, string> = {
    career: `For work, numerologists look first at ${o.your} Life Path (the road) and Expression (the talents).`,
    love: `In love, the Soul Urge shows what ${o.you} long for and the Personality how ${o.you} come across.`,
    strengths: `${o.Your} strengths and weak spots show best in ${o.your} Life Path and Expression.`,
    purpose: `${o.Your} purpose is read from the Life Path, the number of the road ${o.you} walk.`,
    name: `A name carries three numbers: the Expression (all its letters), the Soul Urge (its vowels) and the Personality (its consonants).`,
  };
  const blocks = items.map((d) => {
    const lists = [
      ...(d.strengths.length ? [`**Strengths:** ${d.strengths.slice(0, 4).join("; ")}`] : []),
      ...(d.challenges.length ? [`**Watch for:** ${d.challenges.slice(0, 3).join("; ")}`] : []),
    ];
    return `**${link(`${d.label} ${numberText(d)}`, d.href)}: ${d.title}.** ${d.paragraph}\n\n${list(lists)}`;
  });
  return [...(foretell ? [FORETELL_NOTE] : []), intro[area], ...blocks].join("\n\n");
}

function myNumberAnswer(intent: Extract<Intent, { kind: "myNumber" }>, results: ToolResult[]) {
  const profile = outputOf<ProfileOutput>(results, "getProfile");
  if (!profile || isError(profile))
    return `I couldn't read that chart${profile && isError(profile) ? `: ${profile.error}` : "."}`;
  const o = owner(profile.person);
  const explained = results
    .slice(1)
    .map((r) => r.output)
    .filter((x): x is ExplainOutput => !isError(x));
  if (explained.length && explained[0].key === "number") {
    const m = explained[0].items[0];
    const core = profile.numbers.slice(0, 4).map((n) => `${n.label} ${n.value}`);
    return `${intent.number} isn't one of ${o.your} main numbers (${o.your} ${joinWords(core)}). In general, **${m.value} is ${m.title}**: ${m.paragraph}`;
  }
  const holders = positionsHolding(profile, intent.number);
  const head = `**The ${intent.number} in ${o.your} chart** appears as ${o.your} ${joinWords(holders.map((h) => link(`${h.label} ${numberText(h)}`, h.href)))}.`;
  const blocks = explained.flatMap((e) =>
    e.items
      .filter((d) => d.value === intent.number || d.compound === intent.number)
      .map((d) => `**${d.label} ${numberText(d)}: ${d.title}.** ${d.paragraph}`),
  );
  return [head, ...blocks].join("\n\n");
}

/** The answer's Markdown, from the intent and every tool result of this turn. */
export function composeAnswer(intent: Intent, results: ToolResult[], facts: PromptFacts): string {
  const me = facts.people.find((p) => p.id === "me")?.name;
  const firstError = results.find((r) => isError(r.output))?.output as ToolError | undefined;
  switch (intent.kind) {
    case "refuse":
      return `I'm sorry, but I can't help with ${TOPIC_WORDS[intent.topic]} questions. ${GUIDE_DISCLAIMER}\n\nIf it helps, I'm glad to talk about what your numbers say about how you meet change, or which days suit a fresh start.`;
    case "guard":
      return `I can only read your own chart and the people you've added to NumerAI, and my instructions stay as they are: I can't see, show or look up anyone else's data.\n\nWould you like to hear about your own numbers instead? For example: "${SUGGESTIONS[0]}"`;
    case "greeting":
      return `Hello${me ? ` ${me}` : ""}! I'm your numerology guide. I can talk about:\n\n${CAPABILITIES}\n\nTry: "${SUGGESTIONS[1]}"`;
    case "thanks":
      return "You're welcome! Ask me anything else about your numbers whenever you like.";
    case "help":
      return `I answer from your own chart and the people you've added. I can explain:\n\n${CAPABILITIES}\n\nSome questions to start with:\n\n${list(SUGGESTIONS.map((s) => `"${s}"`))}`;
    case "unknown":
      return `That's outside what I know: I'm a numerology guide, and I answer from your chart and the people you've added. I can help with:\n\n${CAPABILITIES}\n\nFor example: "${SUGGESTIONS[0]}"`;
    default:
      break;
  }
  if (
    firstError &&
    intent.kind !== "daily" &&
    intent.kind !== "compare" &&
    intent.kind !== "dates" &&
    intent.kind !== "name"
  )
    return `I couldn't read that: ${firstError.error}`;
  switch (intent.kind) {
    case "overview":
      return overviewAnswer(results);
    case "lucky":
      return luckyAnswer(results[0].output as ProfileOutput);
    case "masters":
      return mastersAnswer(results[0].output as ProfileOutput);
    case "area":
      return areaAnswer(intent.area, results, intent.foretell);
    case "explain":
    case "number":
      return explainAnswer(results[0].output as ExplainOutput, intent.kind === "explain" && intent.how);
    case "myNumber":
      return myNumberAnswer(intent, results);
    case "daily": {
      const out = outputOf<DailyOutput>(results, "dailyReading");
      if (!out || isError(out)) return `I couldn't read that day: ${out && isError(out) ? out.error : "no result"}`;
      return dailyAnswer(intent, out, outputOf<DatesOutput>(results, "goodDates"));
    }
    case "compare":
      return compareAnswer(intent, outputOf<CompareOutput>(results, "compare"), facts);
    case "dates":
      return datesAnswer(intent, outputOf<DatesOutput>(results, "goodDates"));
    case "name":
      return nameAnswer(intent, results);
  }
}
