import type { SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { FORM_CONSTRAINTS } from "~/forms/constraints";
import { WEEKDAYS } from "~/forms/remedy-lists";
import { AppForm, Field, SubmitButton, useSchemaForm } from "../forms";
import { ChoiceGroup } from "./choice-group";

export interface ReminderSettings {
  time: string | null;
  days: number[];
  timeZone: string;
}

/** A local time and the weekdays to be reminded on (sent unless that day is already checked in). */
export function ReminderForm({
  reminder,
  lastResult,
}: {
  reminder: ReminderSettings;
  lastResult?: SubmissionResult<string[]>;
}) {
  const defaults = {
    time: reminder.time ?? "08:00",
    days: (reminder.time ? reminder.days : [0, 1, 2, 3, 4, 5, 6]).map(String),
  };
  const { form, fields, firstError } = useSchemaForm("reminder-form", FORM_CONSTRAINTS.reminder, lastResult, defaults);
  // The days as the form holds them: the saved ones, or what a refused submission sent.
  const submitted = fields.days.initialValue;
  const chosenDays = (Array.isArray(submitted) ? submitted : submitted ? [submitted] : []).map(String);

  return (
    <>
      <AppForm form={form}>
        <input type="hidden" name="intent" value="reminder" />
        <Field
          label="Time"
          meta={fields.time}
          firstError={firstError}
          hint={`In your time zone, ${reminder.timeZone}.`}
          inputProps={{ type: "time" }}
        />
        <ChoiceGroup
          legend="Days"
          type="checkbox"
          name={fields.days.name}
          errorId={fields.days.errorId}
          errors={fields.days.errors}
          options={WEEKDAYS.map((day, i) => ({ value: String(i), label: day }))}
          checked={(value) => chosenDays.includes(value)}
        />
        <SubmitButton pendingLabel="Saving…">{reminder.time ? "Update reminder" : "Set reminder"}</SubmitButton>
      </AppForm>
      {reminder.time ? (
        <Form method="post">
          <input type="hidden" name="intent" value="reminder-off" />
          <button type="submit" className="link-button">
            Turn the reminder off
          </button>
        </Form>
      ) : null}
    </>
  );
}
