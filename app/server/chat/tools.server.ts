/**
 * The guide's tools, executed on the server for the owner only: every `personId` is looked up among the
 * owner's own subjects, and one that isn't there (missing or someone else's) gets the same answer.
 * Outputs are plain JSON with the report links (`cite`) each answer can show.
 */
import { tool } from "ai";
import { z } from "zod";
import type { Citation } from "~/forms/chat";
import { NUMBER_SYSTEMS } from "~/numerology";
import type { ChatContext } from "./context.server";
import { explainNumber, getProfile } from "./number-tools.server";
import { compare, dailyReading, goodDates, suggestNames } from "./reading-tools.server";
import { EXPLAIN_KEYS, type ToolError } from "./tool-outputs";
import { isError } from "./tool-support.server";

export type * from "./tool-outputs";
export { EXPLAIN_KEYS } from "./tool-outputs";
export { explainNumber, getProfile } from "./number-tools.server";
export { compare, dailyReading, goodDates, suggestNames } from "./reading-tools.server";

const personIdField = z
  .string()
  .optional()
  .describe('"me" or a person id from the instructions; leave out for whom the conversation is about');

/** The tools as the AI SDK runs them; `onCite` collects the links an answer used. */
export function createChatTools(context: ChatContext, onCite: (cite: Citation[]) => void = () => {}) {
  const run =
    <I, O>(fn: (context: ChatContext, input: I) => O | ToolError) =>
    async (input: I) => {
      const output = fn(context, input);
      if (!isError(output)) onCite((output as { cite: Citation[] }).cite);
      return output;
    };
  return {
    getProfile: tool({
      description:
        "The core numbers, today's cycles, current pinnacle and challenge, karmic numbers and Lo Shu summary of the user or one of their people.",
      inputSchema: z.object({ personId: personIdField }),
      execute: run(getProfile),
    }),
    compare: tool({
      description:
        'Numerology compatibility of two people (each "me" or a person id): score, band and each number pair.',
      inputSchema: z.object({ personA: z.string().default("me"), personB: z.string().optional() }),
      execute: run(compare),
    }),
    dailyReading: tool({
      description: "Personal Day, Month and Year readings for a date (YYYY-MM-DD; default: the user's today).",
      inputSchema: z.object({ date: z.string().optional(), personId: personIdField }),
      execute: run(dailyReading),
    }),
    explainNumber: tool({
      description:
        'Meaning, strengths, challenges and "how it was calculated" of one number of a chart, by key; key "number" with `number` gives a number\'s general meaning.',
      inputSchema: z.object({
        key: z.enum(EXPLAIN_KEYS),
        number: z.number().int().optional(),
        personId: personIdField,
      }),
      execute: run(explainNumber),
    }),
    suggestNameSpellings: tool({
      description: "Spellings of the birth name whose name number reaches a target number.",
      inputSchema: z.object({
        target: z.number().int(),
        personId: personIdField,
        system: z.enum(NUMBER_SYSTEMS).optional(),
      }),
      execute: run(suggestNames),
    }),
    goodDates: tool({
      description: "The dates of a month (YYYY-MM; default this month) whose Personal Day is the given number 1–9.",
      inputSchema: z.object({ month: z.string().optional(), number: z.number().int(), personId: personIdField }),
      execute: run(goodDates),
    }),
  };
}

export type ChatTools = ReturnType<typeof createChatTools>;
