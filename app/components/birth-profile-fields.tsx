import { useEffect } from "react";
import { Field, SelectField, type FieldMeta } from "./forms";

interface Props {
  fields: {
    birthName: FieldMeta;
    birthDate: FieldMeta;
    timezone: FieldMeta;
  };
  firstError?: string;
  timeZones: Array<{ value: string; label: string }>;
  maxDate: string;
  /** Prefill the zone from the browser (onboarding); off when editing a saved profile. */
  guessTimeZone?: boolean;
}

export function BirthProfileFields({ fields, firstError, timeZones, maxDate, guessTimeZone }: Props) {
  const timezoneId = fields.timezone.id;
  useEffect(() => {
    if (!guessTimeZone) return;
    const select = document.getElementById(timezoneId) as HTMLSelectElement | null;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (select && !select.value && zone && [...select.options].some((o) => o.value === zone)) select.value = zone;
  }, [guessTimeZone, timezoneId]);
  return (
    <>
      <BirthNameField meta={fields.birthName} firstError={firstError} whose="yours" />
      <BirthDateField meta={fields.birthDate} firstError={firstError} maxDate={maxDate} />
      <SelectField
        label="Time zone"
        meta={fields.timezone}
        options={timeZones}
        placeholder="Choose your time zone"
        hint="Your daily reading changes at midnight where you live."
        firstError={firstError}
      />
    </>
  );
}

/** The birth-name input of the profile and people forms; only the user's own name autofills. */
export function BirthNameField({
  meta,
  firstError,
  whose,
}: {
  meta: FieldMeta;
  firstError?: string;
  whose: "yours" | "theirs";
}) {
  return (
    <Field
      label="Full birth name"
      meta={meta}
      autoComplete={whose === "yours" ? "name" : "off"}
      hint={`As on ${whose === "yours" ? "your" : "their"} birth certificate, including middle names. Accents are fine.`}
      firstError={firstError}
    />
  );
}

/** The birth-date input every form shares: a date picker bounded by 1800 and today, with a typed fallback. */
export function BirthDateField({
  meta,
  firstError,
  maxDate,
}: {
  meta: FieldMeta;
  firstError?: string;
  maxDate: string;
}) {
  return (
    <Field
      label="Birth date"
      meta={meta}
      type="date"
      hint="YYYY-MM-DD, for example 1990-07-23."
      firstError={firstError}
      inputProps={{ min: "1800-01-01", max: maxDate, placeholder: "YYYY-MM-DD" }}
    />
  );
}
