import { z } from "zod";
import { birthDateField } from "./fields";
import { genderField, latinBirthNameField, systemField } from "./numerology-fields";

/** The public calculator's GET form; `maxDate` is the latest date on Earth (the visitor's zone is unknown). */
export const calculatorSchema = (maxDate: string) =>
  z.object({
    birthName: latinBirthNameField,
    birthDate: birthDateField(maxDate),
    gender: genderField,
    system: systemField.default("pythagorean"),
  });

export type CalculatorInput = z.infer<ReturnType<typeof calculatorSchema>>;
