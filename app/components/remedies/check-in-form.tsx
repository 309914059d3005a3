import type { SubmissionResult } from "@conform-to/react";
import { Link } from "@remix-run/react";
import { MAX_NOTE_LENGTH, MOOD_OPTIONS, RATING_LABELS, RATINGS } from "~/forms/remedy-lists";
import { FORM_CONSTRAINTS } from "~/forms/constraints";
import { formatLongDate } from "~/lib/dates/local-dates";
import { AppForm, SelectField, SubmitButton, useSchemaForm } from "../forms";
import { ChoiceGroup } from "./choice-group";

export interface CheckInDefaults {
  date: string;
  done: string;
  rating: string;
  moodBefore: string;
  moodAfter: string;
  note: string;
}

const dayLabel = (date: string, today: string) =>
  date === today ? `Today, ${formatLongDate(date)}` : formatLongDate(date);

/** The days a check-in can be made for, as links that load each day's check-in into the form. */
export function CheckInDays({
  dates,
  today,
  selected,
  done,
}: {
  dates: string[];
  today: string;
  selected: string;
  done: Set<string>;
}) {
  return (
    <ul className="check-in-days" aria-label="Days you can check in">
      {dates.map((date) => (
        <li key={date}>
          <Link to={`?date=${date}#check-in`} aria-current={date === selected ? "true" : undefined}>
            {date === today ? "Today" : formatLongDate(date)}
            {done.has(date) ? " ✓" : ""}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Done or not, how it felt (1–5), mood before and after, a note: one check-in per day, editable for a week. */
export function CheckInForm({
  dates,
  today,
  defaults,
  lastResult,
}: {
  dates: string[];
  today: string;
  defaults: CheckInDefaults;
  lastResult?: SubmissionResult<string[]>;
}) {
  const { form, fields, firstError } = useSchemaForm("check-in-form", FORM_CONSTRAINTS.checkIn, lastResult, defaults);
  return (
    <AppForm form={form}>
      <input type="hidden" name="intent" value="check-in" />
      <SelectField
        label="Day"
        meta={fields.date}
        options={dates.map((d) => ({ value: d, label: dayLabel(d, today) }))}
        firstError={firstError}
      />
      <ChoiceGroup
        legend="Did you do it?"
        type="radio"
        name={fields.done.name}
        errorId={fields.done.errorId}
        errors={fields.done.errors}
        options={[
          { value: "yes", label: "Yes, done" },
          { value: "no", label: "Not today" },
        ]}
        checked={(value) => fields.done.initialValue === value}
      />
      <ChoiceGroup
        legend="How did it feel? (optional)"
        type="radio"
        name={fields.rating.name}
        errorId={fields.rating.errorId}
        errors={fields.rating.errors}
        options={RATINGS.map((n) => ({
          value: String(n),
          label: (
            <>
              {n} <span className="muted small">{RATING_LABELS[n]}</span>
            </>
          ),
        }))}
        checked={(value) => fields.rating.initialValue === value}
      />
      <div className="field-row">
        <SelectField label="Mood before" meta={fields.moodBefore} options={MOOD_OPTIONS} placeholder="Not noted" />
        <SelectField label="Mood after" meta={fields.moodAfter} options={MOOD_OPTIONS} placeholder="Not noted" />
      </div>
      <div className="field">
        <label htmlFor={fields.note.id}>Note (optional)</label>
        <textarea
          id={fields.note.id}
          name={fields.note.name}
          defaultValue={fields.note.initialValue}
          rows={3}
          maxLength={MAX_NOTE_LENGTH}
          aria-invalid={fields.note.errors?.length ? true : undefined}
          aria-describedby={fields.note.errorId}
          autoFocus={firstError === "note"}
        />
        <p className="field-error" id={fields.note.errorId} aria-live="polite">
          {fields.note.errors?.join(" ")}
        </p>
      </div>
      <SubmitButton pendingLabel="Saving…">Save check-in</SubmitButton>
    </AppForm>
  );
}
