/** Locales and their bundles: every accessor reads its texts through getContent. */
import { en } from "./en";
import { DEFAULT_LOCALE, LOCALES, type ContentBundle, type Locale } from "./types";

const BUNDLES: Record<Locale, ContentBundle> = { en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Maps a request locale ("en-GB", "EN", undefined, "fr") to a supported locale, falling back to the default. */
export function resolveLocale(input?: string | null): Locale {
  if (!input) return DEFAULT_LOCALE;
  const base = input.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : DEFAULT_LOCALE;
}

/** The whole bundle for a locale. Throws for an unsupported locale (use `resolveLocale` for user input). */
export function getContent(locale: Locale = DEFAULT_LOCALE): ContentBundle {
  if (!isLocale(locale)) {
    throw new Error(`Unsupported content locale "${String(locale)}"; supported: ${LOCALES.join(", ")}.`);
  }
  return BUNDLES[locale];
}
