/**
 * The embedded model's first half after reading a question: which tools to call (`planCalls`, asked again
 * after each round of results). Pure.
 */
import type { ExplainKey, NumberSummary, ProfileOutput, ToolError } from "../tools.server";
import type { Area, Intent } from "./intents";

export interface ToolCall {
  toolName: string;
  input: Record<string, unknown>;
}

export interface ToolResult extends ToolCall {
  output: unknown;
}

export const call = (toolName: string, input: Record<string, unknown>): ToolCall => ({ toolName, input });
export const explain = (key: ExplainKey, personId: string) => call("explainNumber", { key, personId });

export const AREA_KEYS: Record<Area, ExplainKey[]> = {
  career: ["lifePath", "expression"],
  love: ["soulUrge", "personality"],
  strengths: ["lifePath", "expression"],
  purpose: ["lifePath"],
  name: ["expression", "soulUrge", "personality"],
};

/** Which report keys a profile summary's key belongs to ("pinnacle.2" → "pinnacle"). */
export const explainKeyOf = (summaryKey: string) => summaryKey.split(".")[0] as ExplainKey;

export const outputOf = <T>(results: ToolResult[], toolName: string): T | ToolError | undefined =>
  results.find((r) => r.toolName === toolName)?.output as T | ToolError | undefined;

export const isError = (value: unknown): value is ToolError =>
  typeof value === "object" && value !== null && "error" in value;

/** Numbers of a profile that hold `n` (as value or unreduced compound). */
export function positionsHolding(profile: ProfileOutput, n: number): NumberSummary[] {
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
export function lifePathTargetOf(output: unknown): number | null {
  if (isError(output)) return null;
  const profile = output as ProfileOutput;
  const lifePath = profile.numbers.find((n) => n.key === "lifePath")?.value;
  const expression = profile.numbers.find((n) => n.key === "expression")?.value;
  return typeof lifePath === "number" && lifePath !== expression ? lifePath : null;
}
