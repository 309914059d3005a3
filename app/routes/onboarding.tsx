import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { BirthProfileFields } from "~/components/birth-profile-fields";
import { AppForm, SubmitButton, useSchemaForm } from "~/components/forms";
import { FORM_CONSTRAINTS } from "~/forms/constraints";
import { birthProfileSchema } from "~/forms/profile";
import { latestDateOnEarth } from "~/lib/dates/local-dates";
import { timeZoneOptions } from "~/lib/dates/time-zones";
import { readForm, rejectForm } from "~/server/http/forms.server";
import { redirectWithFlash } from "~/server/http/http.server";
import { requireUser } from "~/server/session/session.server";
import { updateUser } from "~/server/accounts/users.server";

export const meta: MetaFunction = () => [{ title: "About you · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (user.birth_name && user.birth_date && user.timezone) throw redirect("/dashboard");
  return { name: user.name, timeZones: timeZoneOptions(), maxDate: latestDateOnEarth() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await readForm(request), { schema: birthProfileSchema() });
  if (submission.status !== "success") return rejectForm(submission);
  const { birthName, birthDate, timezone } = submission.value;
  await updateUser(user.id, { birth_name: birthName, birth_date: birthDate, timezone });
  return redirectWithFlash("/dashboard", { kind: "success", message: "Welcome! Here are your numbers." });
}

export default function Onboarding() {
  const { name, timeZones, maxDate } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { form, fields, firstError } = useSchemaForm("onboarding", FORM_CONSTRAINTS.onboarding, actionData?.result);
  return (
    <div className="page narrow">
      <p className="eyebrow">Step 2 of 2</p>
      <h1>Nice to meet you, {name}</h1>
      <p className="lede">
        Numerology reads two things: the name you were given at birth and the day you were born. Your time zone tells us
        when your day begins.
      </p>
      <AppForm form={form}>
        <BirthProfileFields
          fields={fields}
          firstError={firstError}
          timeZones={timeZones}
          maxDate={maxDate}
          guessTimeZone
        />
        <SubmitButton pendingLabel="Saving…">Show my numbers</SubmitButton>
      </AppForm>
      <p className="muted small">You can change any of this later in your profile settings.</p>
    </div>
  );
}
