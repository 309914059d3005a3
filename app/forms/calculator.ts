import { z } from "zod";
import { birthDateField } from "./fields";
import { genderField, latinBirthNameField, systemField } from "./numerology-fields";

const buildSchema = (maxDate: string) =>
  z.object({
    birthName: latinBirthNameField,
    birthDate: birthDateField(maxDate),
    gender: genderField,
    system: systemField.default("pythagorean"),
  });

let cached: { maxDate: string; schema: ReturnType<typeof buildSchema> } | undefined;

/**
 * The public calculator's GET form; `maxDate` is the latest date on Earth (the visitor's zone is unknown).
 * Kept per day: zod compiles a schema on first use, which costs more than the rest of a calculator request.
 */
export function calculatorSchema(maxDate: string) {
  if (cached?.maxDate !== maxDate) cached = { maxDate, schema: buildSchema(maxDate) };
  return cached.schema;
}

export type CalculatorInput = z.infer<ReturnType<typeof calculatorSchema>>;
