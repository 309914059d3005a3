import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { dateInTimeZone } from "~/lib/dates/local-dates";
import { GENDERS, isNumerologyInputError, NUMBER_SYSTEMS } from "~/numerology";
import { BytesResponse } from "~/server/http/bytes-response.server";
import { profileAnswer, type ProfileAnswer } from "~/server/readings/profile-answers.server";

const quotedChoices = (values: readonly string[]) => values.map((v) => `"${v}"`).join(" or ");

/** Shape only: the engine owns the rules (real dates, Latin letters, not after today) and names the field. */
const querySchema = z.object({
  birthName: z
    .string({ error: "birthName is required." })
    .min(1, "birthName is required.")
    .max(200, "birthName is too long."),
  birthDate: z.string({ error: "birthDate is required (YYYY-MM-DD)." }).min(1, "birthDate is required (YYYY-MM-DD)."),
  today: z.string().optional(),
  gender: z.enum(GENDERS, { error: `gender must be ${quotedChoices(GENDERS)}.` }).optional(),
  system: z.enum(NUMBER_SYSTEMS, { error: `system must be ${quotedChoices(NUMBER_SYSTEMS)}.` }).optional(),
  /** steps=false: the numbers without their derivation text (smaller, faster for bulk callers). */
  steps: z
    .enum(["true", "false"], { error: 'steps must be "true" or "false".' })
    .optional()
    .transform((v) => v !== "false"),
});

const DAY = 86_400;

function problem(field: string, message: string) {
  return Response.json({ error: { field, message } }, { status: 400, headers: { "Cache-Control": "no-store" } });
}

/** Seconds until the next UTC midnight: a default "today" is good until then. */
function secondsToUtcMidnight(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.max(60, Math.floor((next - now.getTime()) / 1000));
}

/**
 * GET /api/v1/numerology: the full profile as JSON. A pure function of the query once `today` is given, so
 * caches may keep it a day; without `today` it follows the server's UTC date and expires at midnight.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const query = Object.fromEntries([...url.searchParams].filter(([, value]) => value !== ""));
  const parsed = querySchema.safeParse(query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return problem(String(issue.path[0] ?? "query"), issue.message);
  }
  const now = new Date();
  const input = parsed.data;
  const today = input.today ?? dateInTimeZone("UTC", now);
  let answer: ProfileAnswer;
  try {
    answer = profileAnswer({ ...input, today });
  } catch (error) {
    if (isNumerologyInputError(error)) return problem(error.field, error.message);
    throw error;
  }
  const { body, etag } = answer;
  const headers = new Headers({
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": input.today ? `public, max-age=${DAY}, immutable` : `public, max-age=${secondsToUtcMidnight(now)}`,
    ETag: etag,
    "Access-Control-Allow-Origin": "*",
  });
  if (request.headers.get("If-None-Match") === etag) return new Response(null, { status: 304, headers });
  return new BytesResponse(body, { status: 200, headers });
}
