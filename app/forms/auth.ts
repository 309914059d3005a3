import { z } from "zod";
import { displayNameField, emailField, newPasswordField, redirectToField } from "./fields";

export const signupSchema = z.object({
  name: displayNameField,
  email: emailField,
  password: newPasswordField,
});

export const loginSchema = z.object({
  email: emailField,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password."),
  redirectTo: redirectToField,
});

export const forgotPasswordSchema = z.object({ email: emailField });

const confirmField = z.string({ error: "Type the new password again." });

const passwordsMatch: [
  (v: { password: string; confirmPassword: string }) => boolean,
  { message: string; path: string[] },
] = [(v) => v.password === v.confirmPassword, { message: "The two passwords don't match.", path: ["confirmPassword"] }];

export const resetPasswordSchema = z
  .object({ token: z.string().min(1), password: newPasswordField, confirmPassword: confirmField })
  .refine(...passwordsMatch);

export const changePasswordSchema = z
  .object({ currentPassword: z.string().optional(), password: newPasswordField, confirmPassword: confirmField })
  .refine(...passwordsMatch);
