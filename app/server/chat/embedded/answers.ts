/**
 * The embedded model's second half: the answer written from the tools' results (`composeAnswer`), in
 * Markdown, in our own words. Pure.
 */
import { GUIDE_DISCLAIMER, type PromptFacts } from "../system-prompt";
import type { CompareOutput, DailyOutput, DatesOutput, ExplainOutput, ProfileOutput, ToolError } from "../tools.server";
import type { Intent } from "./intents";
import { isError, outputOf, type ToolResult } from "./plans";
import { CAPABILITIES, list, SUGGESTIONS, TOPIC_WORDS } from "./writing";
import { areaAnswer, explainAnswer, luckyAnswer, mastersAnswer, myNumberAnswer, overviewAnswer } from "./chart-answers";
import { compareAnswer, dailyAnswer, datesAnswer, nameAnswer } from "./reading-answers";

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
