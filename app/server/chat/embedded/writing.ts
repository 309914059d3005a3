/** Small Markdown writing helpers the embedded guide's answers share, and its fixed texts. */
import type { NumberDetail } from "../tools.server";
import type { Topic } from "./intents";

export const link = (label: string, href: string) => `[${label}](${href})`;
export const list = (items: string[]) => items.map((i) => `- ${i}`).join("\n");
export const joinWords = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
/** "an 8", "an 11", "a 7". */
export const article = (n: number | string) => (/^(8|11|18)$/.test(String(n)) ? "an" : "a");
export const lower = (s: string) => (s ? s[0].toLowerCase() + s.slice(1) : s);
export const numberText = (d: { value: number | string; compound: number | null }) =>
  typeof d.value === "number" && d.compound !== null && d.compound !== d.value
    ? `${d.compound}/${d.value}`
    : String(d.value);

export function owner(person: { id: string; name: string } | null | undefined) {
  const me = !person || person.id === "me";
  return {
    me,
    your: me ? "your" : `${person!.name}'s`,
    Your: me ? "Your" : `${person!.name}'s`,
    you: me ? "you" : person!.name,
    are: me ? "are" : "is",
  };
}

export const SUGGESTIONS = [
  "What does my Life Path mean?",
  "What is today like for me?",
  "What is missing in my Lo Shu grid?",
  "Which days this month suit a fresh start?",
  "How was my Expression number calculated?",
];

export const CAPABILITIES = list([
  "what each of your numbers means, and how it was calculated",
  "what today, this month or this year hold for you (Personal Day, Month and Year)",
  "your current pinnacle and challenge, karmic numbers and Lo Shu grid",
  "how compatible you are with the people you've added",
  "which dates of a month suit what you have planned",
  "name spellings that reach the number you want",
]);

export const TOPIC_WORDS: Record<Topic, string> = {
  medical: "health and medical",
  legal: "legal",
  financial: "money and investment",
};

export function detailBlock(d: NumberDetail, whose: string, how: boolean, about?: string): string {
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

export const FORETELL_NOTE =
  "Numerology doesn't foretell events: it describes tendencies and timing, and what happens is yours to shape. Here is what your numbers say that bears on it.";
