/** Questions to start a conversation with, written from the subject's actual numbers. Pure. */
import { formatMonth } from "~/lib/dates/calendar";
import type { ProfileOutput, ToolError } from "./tools.server";

const valueOf = (chart: ProfileOutput, key: string) => chart.numbers.find((n) => n.key === key)?.value;

function listed(digits: number[]): string {
  return digits.length === 1 ? String(digits[0]) : `${digits.slice(0, -1).join(", ")} and ${digits[digits.length - 1]}`;
}

export function suggestedQuestions(chart: ProfileOutput | ToolError, otherPeople: Array<{ name: string }>): string[] {
  if ("error" in chart) return ["What can you do?"];
  const month = formatMonth(chart.today.slice(0, 7)).split(" ")[0];
  if (chart.person.id !== "me") {
    const name = chart.person.name;
    return [
      `What is ${name}'s Life Path ${valueOf(chart, "lifePath")} about?`,
      `Are ${name} and I compatible?`,
      `What is today like for ${name}?`,
      `What is ${name}'s soul urge?`,
    ];
  }
  const missing = chart.loShu.missing;
  return [
    `What does my Life Path ${valueOf(chart, "lifePath")} mean?`,
    `What is my Personal Year ${valueOf(chart, "personalYear")} about?`,
    missing.length
      ? `What does it mean that ${listed(missing)} ${missing.length === 1 ? "is" : "are"} missing in my grid?`
      : "What do the arrows in my Lo Shu grid mean?",
    otherPeople[0]
      ? `Are ${otherPeople[0].name} and I compatible?`
      : `How was my Expression ${valueOf(chart, "expression")} calculated?`,
    `Which days in ${month} suit a fresh start?`,
  ];
}
