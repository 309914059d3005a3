import { createHash } from "node:crypto";
import { BoundedCache } from "~/lib/bounded-cache";
import { computeProfile, type ProfileInput } from "~/numerology";

export interface ProfileAnswer {
  /** The profile as JSON, in UTF-8: encoded once, not on every answer. */
  body: Buffer<ArrayBuffer>;
  /** A strong validator of the body. */
  etag: string;
}

// About 600 answers with steps (6 KB each), more without.
const KEPT_BYTES = 4 * 1024 * 1024;
const kept = new BoundedCache<ProfileAnswer>(
  () => KEPT_BYTES,
  (key, answer) => key.length * 2 + answer.body.length,
);

/** What the API takes: the engine's input without its options, and always a `today`. */
export type ProfileQuery = Required<Pick<ProfileInput, "birthName" | "birthDate" | "today">> &
  Pick<ProfileInput, "gender" | "system" | "steps">;

/**
 * The JSON API's answer: the profile as JSON with its ETag. The answer is a pure function of the query,
 * so the last answers are kept by query; the engine's errors are thrown as they are and never kept.
 */
export function profileAnswer({
  birthName,
  birthDate,
  today,
  gender,
  system,
  steps = true,
}: ProfileQuery): ProfileAnswer {
  const key = JSON.stringify([birthName, birthDate, today, gender ?? null, system ?? null, steps]);
  let answer = kept.get(key);
  if (!answer) {
    const body = Buffer.from(JSON.stringify(computeProfile({ birthName, birthDate, today, gender, system, steps })));
    answer = { body, etag: `"${createHash("sha1").update(body).digest("base64url")}"` };
    kept.set(key, answer);
  }
  return answer;
}
