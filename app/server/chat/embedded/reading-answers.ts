/** Answers about days, pairs and names: daily readings, compatibility, good dates, name spellings. */
import { formatMonth } from "~/lib/dates/calendar";
import { formatLongDate } from "~/lib/dates/local-dates";
import type { PromptFacts } from "../system-prompt";
import type {
  CompareOutput,
  DailyOutput,
  DatesOutput,
  NameOutput,
  NumberDetail,
  ProfileOutput,
  ToolError,
} from "../tools.server";
import type { Intent } from "./intents";
import { isError, outputOf, type ToolResult } from "./plans";
import { article, joinWords, link, list, lower, owner, FORETELL_NOTE } from "./writing";

export function cycleLine(d: NumberDetail) {
  return `${d.label} ${d.value} (${d.title})`;
}

export function dailyAnswer(
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

export function compareAnswer(
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

export function datesAnswer(intent: Extract<Intent, { kind: "dates" }>, out: DatesOutput | ToolError | undefined) {
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

export function nameAnswer(intent: Extract<Intent, { kind: "name" }>, results: ToolResult[]) {
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
