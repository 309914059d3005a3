import { z } from "zod";

export const emailField = z
  .string({ error: "Enter your email address." })
  .trim()
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@example.com."));

export const PASSWORD_MIN = 8;
export const newPasswordField = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(128, "Use at most 128 characters.");

export const displayNameField = z
  .string({ error: "Tell us your name." })
  .trim()
  .min(1, "Tell us your name.")
  .max(100, "Use at most 100 characters.");

export const birthNameField = z
  .string({ error: "Enter your full birth name." })
  .trim()
  .min(1, "Enter your full birth name.")
  .max(200, "Use at most 200 characters.");

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date from 1800 up to `today` (the caller's date in their time zone). */
export function birthDateField(today: string) {
  return z
    .string({ error: "Enter your birth date." })
    .trim()
    .regex(ISO_DATE, "Use the format YYYY-MM-DD.")
    .refine(isRealDate, "That date doesn't exist on the calendar.")
    .refine((d) => d >= "1800-01-01", "Birth dates before 1800 aren't supported.")
    .refine((d) => d <= today, "Your birth date can't be in the future.");
}

export function isRealDate(iso: string): boolean {
  if (!ISO_DATE.test(iso)) return false;
  const [y, m, d] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return name.includes("/") || name === "UTC";
  } catch {
    return false;
  }
}

export const timezoneField = z
  .string({ error: "Choose your time zone." })
  .trim()
  .refine(isTimeZone, "Choose a time zone from the list, like Europe/Paris.");

const LOCAL_BASE = "http://app.invalid";

/** Resolved the way a browser resolves a Location (it drops tabs and newlines, so "/\t/evil.com" means "//evil.com"). */
export function isLocalPath(value: string): boolean {
  if (!value.startsWith("/")) return false;
  try {
    return new URL(value, LOCAL_BASE).origin === LOCAL_BASE;
  } catch {
    return false; // "//[" and the like: not a URL at all
  }
}

/** Only same-site paths, so a crafted link cannot bounce a user to another site after login. */
export const redirectToField = z
  .string()
  .optional()
  .transform((v) => (v && isLocalPath(v) ? v : undefined));
