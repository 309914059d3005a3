import { readFlash, type Flash } from "~/server/session/flash.server";
import type { run } from "./test-app";
import { cookiesFrom, getRequest, testContext } from "./test-app";

/** What `run` gives back for a loader or action: status, data and the raw response. */
export type Outcome = Awaited<ReturnType<typeof run>>;

/** The arguments Remix hands a loader or action. */
export const routeArgs = (request: Request, params: Record<string, string> = {}, ip = "127.0.0.1") => ({
  request,
  context: testContext(ip),
  params,
});

/** conform's errors in a form reply (`{ result }`, or another key); throws when the reply has none. */
export function fieldErrors(data: unknown, key = "result"): Record<string, string[] | null | undefined> {
  const result = (data as Record<string, { error?: Record<string, string[] | null> } | undefined> | undefined)?.[key];
  if (!result?.error) throw new Error(`no form errors in ${JSON.stringify(data)}`);
  return result.error;
}

/** The one-shot message a redirect carries in its flash cookie. */
export async function flashOf(response: Response | undefined): Promise<Flash | null> {
  if (!response) return null;
  return (await readFlash(getRequest("/", cookiesFrom(response)))).flash;
}
