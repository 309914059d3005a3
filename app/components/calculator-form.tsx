import type { SubmissionResult } from "@conform-to/react";
import { AppForm, Field, SelectField, useSchemaForm } from "~/components/forms";
import { FORM_CONSTRAINTS } from "~/forms/constraints";
import { GENDER_OPTIONS, SYSTEM_OPTIONS } from "~/forms/choices";

interface Props {
  maxDate: string;
  lastResult?: SubmissionResult<string[]> | null;
  defaults?: Record<string, string>;
  /** The landing page's short form: name and date only. */
  compact?: boolean;
}

/** A GET form: the result URL is the chart's shareable address, and it works with JavaScript off. */
export function CalculatorForm({ maxDate, lastResult, defaults, compact }: Props) {
  const { form, fields, firstError } = useSchemaForm(
    compact ? "quick-calculator" : "calculator",
    FORM_CONSTRAINTS.calculator,
    lastResult,
    defaults,
  );
  return (
    <AppForm form={form} method="get" action="/calculator" className={compact ? "rd-form rd-form--compact" : "rd-form"}>
      <Field label="Full birth name" meta={fields.birthName} autoComplete="name" firstError={firstError} />
      <Field
        label="Birth date"
        meta={fields.birthDate}
        type="date"
        firstError={firstError}
        inputProps={{ min: "1800-01-01", max: maxDate, placeholder: "YYYY-MM-DD" }}
      />
      {compact ? null : (
        <>
          <SelectField
            label="Gender (for the Kua number)"
            meta={fields.gender}
            options={GENDER_OPTIONS}
            placeholder="Leave out"
            firstError={firstError}
          />
          <SelectField label="Letter system" meta={fields.system} options={SYSTEM_OPTIONS} firstError={firstError} />
        </>
      )}
      <button type="submit" className="button">
        Calculate
      </button>
    </AppForm>
  );
}
