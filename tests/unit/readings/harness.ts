import { createUser, updateUser } from "~/server/accounts/users.server";
import { startSession } from "~/server/session/session.server";
import { formRequest, getRequest, testContext, type run } from "../../support/test-app";

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
