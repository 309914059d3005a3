import { z } from "zod";
import { birthDateField } from "./fields";
import { PERSON_RELATIONS } from "~/people/relations";
import { genderField, latinBirthNameField } from "./numerology-fields";

/** Add/edit a person; `maxDate` is the owner's today in their time zone (server and browser agree on it). */
export const personSchema = (maxDate: string) =>
  z.object({
    name: z
      .string({ error: "Enter their name." })
      .trim()
      .min(1, "Enter their name.")
      .max(100, "Use at most 100 characters."),
    birthName: latinBirthNameField,
    // The shared field says "your" birth date; a person's gets its own wording.
    birthDate: birthDateField("9999-12-31").refine((d) => d <= maxDate, "That birth date is in the future."),
    gender: genderField,
    relation: z.enum(PERSON_RELATIONS, { error: "Choose how you know them." }),
  });

export type PersonForm = z.infer<ReturnType<typeof personSchema>>;
