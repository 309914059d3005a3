import { createPerson } from "~/server/people/people.server";
import { startSession } from "~/server/session/session.server";
import { createUser, updateUser } from "~/server/accounts/users.server";
import { getRequest, testContext } from "./test-app";

/** An onboarded account with a signed-in session: its id and the Cookie header to send. */
export async function addOwner(
  email: string,
  birth = { name: "Ada", birthName: "Ada Lovelace Byron", birthDate: "1984-06-27" },
) {
  const user = await createUser({ email, name: birth.name });
  if (!user) throw new Error(`${email} exists`);
  await updateUser(user.id, { birth_name: birth.birthName, birth_date: birth.birthDate, timezone: "Europe/London" });
  const setCookie = await startSession(user.id, getRequest("/login"), testContext());
  return { id: user.id, cookie: setCookie.split(";")[0] };
}

export async function addPerson(
  ownerId: string,
  name = "Grace",
  birthName = "Grace Brewster Hopper",
  birthDate = "1906-12-09",
) {
  const person = await createPerson(ownerId, { name, birthName, birthDate, gender: "female", relation: "friend" }, 100);
  if (!person) throw new Error("person not created");
  return person;
}

/** Loader/action arguments for a route with params. */
export const routeArgs = (request: Request, params: Record<string, string> = {}) => ({
  request,
  context: testContext(),
  params,
});
