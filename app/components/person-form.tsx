import type { SubmissionResult } from "@conform-to/react";
import type { ReactNode } from "react";
import { AppForm, Field, SelectField, SubmitButton, useSchemaForm } from "~/components/forms";
import { BirthDateField, BirthNameField } from "./birth-profile-fields";
import { FORM_CONSTRAINTS } from "~/forms/constraints";
import { GENDER_OPTIONS, RELATION_OPTIONS } from "~/forms/choices";

interface Props {
  id: string;
  maxDate: string;
  lastResult?: SubmissionResult<string[]> | null;
  defaults?: Record<string, string>;
  submitLabel: string;
  children?: ReactNode;
}

/** Add or edit a person: the same fields and rules either way. */
export function PersonForm({ id, maxDate, lastResult, defaults, submitLabel, children }: Props) {
  const { form, fields, firstError } = useSchemaForm(id, FORM_CONSTRAINTS.person, lastResult, defaults);
  return (
    <AppForm form={form}>
      <Field label="Name" meta={fields.name} hint="What you call them." firstError={firstError} autoComplete="off" />
      <BirthNameField meta={fields.birthName} firstError={firstError} whose="theirs" />
      <BirthDateField meta={fields.birthDate} firstError={firstError} maxDate={maxDate} />
      <SelectField
        label="Relation"
        meta={fields.relation}
        options={RELATION_OPTIONS}
        placeholder="Choose one"
        firstError={firstError}
      />
      <SelectField
        label="Gender (optional)"
        meta={fields.gender}
        options={GENDER_OPTIONS}
        placeholder="Leave out"
        hint="Only used for the Kua number."
        firstError={firstError}
      />
      {children}
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </AppForm>
  );
}
