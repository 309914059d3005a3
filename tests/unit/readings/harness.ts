import { REPORT_BODY_ID } from "~/components/server-html";
import { createUser, updateUser } from "~/server/accounts/users.server";
import { startSession } from "~/server/session/session.server";
import { formRequest, getRequest, run, testContext } from "../../support/test-app";

export type Outcome = Awaited<ReturnType<typeof run>>;

/** The arguments Remix hands a loader or action. */
export const args = (request: Request, params: Record<string, string> = {}) => ({
  request,
  context: testContext(),
  params,
});

let counter = 0;

/** An onboarded user with a session cookie, made through the app's own services. */
export async function onboardedUser(
  profile: { name?: string; birthName?: string; birthDate?: string; timezone?: string } = {},
): Promise<{ id: string; cookie: string }> {
  const email = `reader-${++counter}-${Date.now().toString(36)}@example.com`;
  const user = await createUser({ email, name: profile.name ?? "Ada", emailVerified: true });
  if (!user) throw new Error("createUser failed");
  await updateUser(user.id, {
    birth_name: profile.birthName ?? "Ada Lovelace Byron",
    birth_date: profile.birthDate ?? "1815-12-10",
    timezone: profile.timezone ?? "Europe/London",
  });
  const setCookie = await startSession(
    user.id,
    new Request("http://localhost/login", { method: "POST" }),
    testContext(),
  );
  return { id: user.id, cookie: setCookie.split(";")[0] };
}

export const get = (path: string, cookie: string) => getRequest(path, cookie);
export const post = (path: string, fields: Record<string, string>, cookie: string) =>
  formRequest(path, fields, { cookie });

/** Field errors of a conform reply returned by rejectForm (or a loader's 400). */
export function fieldErrors(outcome: Outcome, key = "result"): Record<string, string[] | null> {
  const data = outcome.data as Record<string, { error?: Record<string, string[] | null> }> | undefined;
  return data?.[key]?.error ?? {};
}

export const PERSON = {
  name: "Sam",
  birthName: "Samuel Peter Jones",
  birthDate: "1990-05-17",
  relation: "partner",
  gender: "male",
};

/** Runs a page's loader and keeps the report body it rendered for <ServerHtml> (null when it rendered none). */
export async function runPage(
  loader: (a: ReturnType<typeof args>) => Promise<unknown>,
  request: Request,
  params: Record<string, string> = {},
): Promise<Outcome & { body: string | null }> {
  const a = args(request, params);
  const outcome = await run(() => loader(a));
  return { ...outcome, body: a.context.serverHtml.get(REPORT_BODY_ID) ?? null };
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
