import { getZodConstraint } from "@conform-to/zod/v4";
import type { z } from "zod";
import { deleteAccountSchema } from "./account";
import { changePasswordSchema, forgotPasswordSchema, loginSchema, resetPasswordSchema, signupSchema } from "./auth";
import { calculatorSchema } from "./calculator";
import { notificationSettingsSchema } from "./notifications";
import { personSchema } from "./people";
import { preferencesSchema } from "./preferences";
import { birthProfileSchema, profileSchema } from "./profile";
import { checkInSchema, reminderSchema } from "./remedies";
import { datesToolSchema, nameToolSchema } from "./tools";

/** A form's HTML constraints by field; `Input` (types only) lets the form helpers type the fields. */
export type FormConstraints<Input> = ReturnType<typeof getZodConstraint> & { readonly __input?: Input };

const of = <S extends z.ZodType>(schema: S) => getZodConstraint(schema) as FormConstraints<z.input<S>>;

// Dates and allowed days only feed refinements, which are not HTML constraints: any value gives the same result.
const ANY_DAY = "2000-01-01";

/**
 * Each form's required/maxlength/pattern… attributes, derived from its schema. The browser build gets
 * this module's evaluated value instead of its code (scripts/vite-evaluated-module.ts), so zod and the
 * schemas stay on the server, which validates every submission and answers with the field errors.
 */
export const FORM_CONSTRAINTS = {
  calculator: of(calculatorSchema(ANY_DAY)),
  changePassword: of(changePasswordSchema),
  checkIn: of(checkInSchema([ANY_DAY])),
  datesTool: of(datesToolSchema),
  deleteAccount: of(deleteAccountSchema),
  forgotPassword: of(forgotPasswordSchema),
  login: of(loginSchema),
  nameTool: of(nameToolSchema),
  notificationSettings: of(notificationSettingsSchema),
  onboarding: of(birthProfileSchema()),
  person: of(personSchema(ANY_DAY)),
  preferences: of(preferencesSchema),
  profile: of(profileSchema()),
  reminder: of(reminderSchema),
  resetPassword: of(resetPasswordSchema),
  signup: of(signupSchema),
};
