import type { SubmissionResult } from "@conform-to/react";
import { AppForm, SelectField, SubmitButton, useSchemaForm } from "~/components/forms";
import { FORM_CONSTRAINTS } from "~/forms/constraints";
import { GENDER_OPTIONS, PREFERENCE_CHOICES, SYSTEM_OPTIONS } from "~/forms/choices";

/** How the user's numbers are calculated: the conventional variants the engine offers. */
export function PreferencesForm({
  lastResult,
  defaults,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  defaults: Record<string, string>;
}) {
  const { form, fields, firstError } = useSchemaForm("preferences", FORM_CONSTRAINTS.preferences, lastResult, defaults);
  return (
    <section aria-labelledby="numerology-options" className="rd-section">
      <h2 id="numerology-options">Numerology options</h2>
      <p className="muted">
        The classic choices are preselected; the schools differ on these, and your report follows what you pick here.
      </p>
      <AppForm form={form}>
        <input type="hidden" name="intent" value="preferences" />
        <SelectField label="Letter system" meta={fields.system} options={SYSTEM_OPTIONS} firstError={firstError} />
        <SelectField
          label="Life Path arithmetic"
          meta={fields.lifePathMethod}
          options={PREFERENCE_CHOICES.lifePathMethod}
          firstError={firstError}
        />
        <SelectField
          label="Name arithmetic"
          meta={fields.nameMethod}
          options={PREFERENCE_CHOICES.nameMethod}
          firstError={firstError}
        />
        <SelectField label="The letter Y" meta={fields.y} options={PREFERENCE_CHOICES.y} firstError={firstError} />
        <SelectField
          label="Master numbers"
          meta={fields.masterNumbers}
          options={PREFERENCE_CHOICES.masterNumbers}
          firstError={firstError}
        />
        <SelectField
          label="Gender (optional)"
          meta={fields.gender}
          options={GENDER_OPTIONS}
          placeholder="Leave out"
          hint="Only used for your Kua number."
          firstError={firstError}
        />
        <SubmitButton pendingLabel="Saving…">Save options</SubmitButton>
      </AppForm>
    </section>
  );
}
