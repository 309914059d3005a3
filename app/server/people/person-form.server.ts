import { parseWithZod } from "@conform-to/zod/v4";
import { personSchema, type PersonForm } from "~/forms/people";
import { computeProfile, isNumerologyInputError } from "~/numerology";
import type { Person } from "~/server/db/db-schema";
import type { PersonInput } from "./people.server";

/**
 * Parses an add/edit form with the shared schema, then lets the engine read the result so anything it
 * would refuse is refused here, on the right field, before it is saved.
 */
export function parsePersonForm(formData: FormData, maxDate: string) {
  const submission = parseWithZod(formData, { schema: personSchema(maxDate) });
  if (submission.status !== "success") return { submission, input: null, fieldErrors: undefined };
  const value = submission.value;
  try {
    computeProfile({ birthName: value.birthName, birthDate: value.birthDate, today: maxDate, steps: false });
  } catch (error) {
    if (!isNumerologyInputError(error)) throw error;
    const field = error.field === "birthDate" ? "birthDate" : "birthName";
    return { submission, input: null, fieldErrors: { [field]: [error.message] } };
  }
  return { submission, input: toInput(value), fieldErrors: undefined };
}

function toInput(value: PersonForm): PersonInput {
  return {
    name: value.name,
    birthName: value.birthName,
    birthDate: value.birthDate,
    gender: value.gender ?? null,
    relation: value.relation,
  };
}

export function personDefaults(person: Person): Record<string, string> {
  return {
    name: person.name,
    birthName: person.birth_name,
    birthDate: person.birth_date,
    relation: person.relation,
    gender: person.gender ?? "",
  };
}
