import { REPORT_BODY_ID } from "~/components/server-html";
import { routeArgs, type Outcome } from "../../support/route";
import { formRequest, getRequest, run } from "../../support/test-app";

export const get = (path: string, cookie: string) => getRequest(path, cookie);
export const post = (path: string, fields: Record<string, string>, cookie: string) =>
  formRequest(path, fields, { cookie });

export const PERSON = {
  name: "Sam",
  birthName: "Samuel Peter Jones",
  birthDate: "1990-05-17",
  relation: "partner",
  gender: "male",
};

/** Runs a page's loader and keeps the report body it rendered for <ServerHtml> (null when it rendered none). */
export async function runPage(
  loader: (a: ReturnType<typeof routeArgs>) => Promise<unknown>,
  request: Request,
  params: Record<string, string> = {},
): Promise<Outcome & { body: string | null }> {
  const a = routeArgs(request, params);
  const outcome = await run(() => loader(a));
  return { ...outcome, body: a.context.serverHtml.get(REPORT_BODY_ID)?.html ?? null };
}

/** The number cards of a report body, in order, as shown ("19/1" style); only those of one top-level section when given. */
export function reportCards(body: string, section?: string): Array<{ key: string; value: string }> {
  let part = body;
  if (section) {
    const own = body.indexOf('class="rd-section"', body.indexOf(`id="${section}"`));
    const next = body.indexOf('class="rd-section"', own + 1);
    part = body.slice(own, next === -1 ? undefined : next);
  }
  return [...part.matchAll(/data-key="([\w-]+)"[\s\S]*?rd-card__value">([^<]+)</g)].map(([, key, value]) => ({
    key,
    value,
  }));
}
