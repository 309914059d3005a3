import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { BirthProfileFields } from "~/components/birth-profile-fields";
import { AppForm, Field, SubmitButton, useSchemaForm } from "~/components/forms";
import { FORM_CONSTRAINTS } from "~/forms/constraints";
import { PreferencesForm } from "~/components/preferences-form";
import { profileSchema } from "~/forms/profile";
import { latestDateOnEarth } from "~/lib/dates/local-dates";
import { timeZoneOptions } from "~/lib/dates/time-zones";
import { readForm, rejectForm } from "~/server/http/forms.server";
import { redirectWithFlash } from "~/server/http/http.server";
import { handlePreferencesForm, preferencesDefaults } from "~/server/readings/preferences-form.server";
import { getPreferences } from "~/server/readings/readings.server";
import { requireUser } from "~/server/session/session.server";
import { updateUser } from "~/server/accounts/users.server";

export const meta: MetaFunction = () => [{ title: "Profile · Settings · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return {
    profile: {
      name: user.name,
      birthName: user.birth_name ?? "",
      birthDate: user.birth_date ?? "",
      timezone: user.timezone ?? "",
    },
    timeZones: timeZoneOptions(),
    maxDate: latestDateOnEarth(),
    preferences: preferencesDefaults(await getPreferences(user.id)),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await readForm(request);
  if (formData.get("intent") === "preferences") return handlePreferencesForm(user.id, formData);
  const submission = parseWithZod(formData, { schema: profileSchema() });
  if (submission.status !== "success") return rejectForm(submission);
  const { name, birthName, birthDate, timezone } = submission.value;
  await updateUser(user.id, { name, birth_name: birthName, birth_date: birthDate, timezone });
  return redirectWithFlash("/settings/profile", { kind: "success", message: "Your profile is saved." });
}

export default function ProfileSettings() {
  const { profile, timeZones, maxDate, preferences } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const profileResult = actionData && "result" in actionData ? actionData.result : undefined;
  const { form, fields, firstError } = useSchemaForm("profile", FORM_CONSTRAINTS.profile, profileResult, profile);
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">Profile</h2>
      <AppForm form={form}>
        <Field
          label="Your name"
          meta={fields.name}
          autoComplete="name"
          hint="How we greet you."
          firstError={firstError}
        />
        <BirthProfileFields fields={fields} firstError={firstError} timeZones={timeZones} maxDate={maxDate} />
        <SubmitButton pendingLabel="Saving…">Save profile</SubmitButton>
      </AppForm>
      <PreferencesForm
        lastResult={actionData && "preferencesResult" in actionData ? actionData.preferencesResult : undefined}
        defaults={preferences}
      />
    </section>
  );
}
