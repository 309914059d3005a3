import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "@remix-run/node";
import { preferencesSchema } from "~/forms/preferences";
import { redirectWithFlash } from "~/server/http/http.server";
import { savePreferences, type Preferences } from "./readings.server";

/** The numerology-options form on /settings/profile: 400 with its own result key, or save and come back. */
export async function handlePreferencesForm(userId: string, formData: FormData) {
  const submission = parseWithZod(formData, { schema: preferencesSchema });
  if (submission.status !== "success") return data({ preferencesResult: submission.reply() }, { status: 400 });
  const { system, lifePathMethod, nameMethod, y, masterNumbers, gender } = submission.value;
  await savePreferences(userId, { system, lifePathMethod, nameMethod, y, masterNumbers, gender: gender ?? null });
  return redirectWithFlash("/settings/profile", { kind: "success", message: "Your numerology options are saved." });
}

export function preferencesDefaults(prefs: Preferences): Record<string, string> {
  return {
    intent: "preferences",
    system: prefs.system,
    lifePathMethod: prefs.lifePathMethod,
    nameMethod: prefs.nameMethod,
    y: prefs.y,
    masterNumbers: prefs.masterNumbers,
    gender: prefs.gender ?? "",
  };
}
