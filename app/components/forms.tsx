import { Form, useNavigation } from "@remix-run/react";
import { useEffect, useRef, type ComponentProps, type ReactNode } from "react";
import type { FormConstraints } from "~/forms/constraints";
import {
  formState,
  inputAttributes,
  selectAttributes,
  type FieldMeta,
  type FormMeta,
  type FormResult,
} from "./form-state";

export type { FieldMeta, FormResult };

/**
 * One form setup for the whole app. The browser checks the HTML constraints derived from the form's
 * schema (required, maxlength, pattern…: instant feedback, with JavaScript or without); the server
 * validates every submission with the schema and its reply puts the errors next to the fields.
 */
export function useSchemaForm<Input>(
  id: string,
  constraint: FormConstraints<Input>,
  lastResult: FormResult,
  defaultValue?: Partial<Record<keyof Input, unknown>>,
) {
  const { form, fields } = formState(id, constraint, lastResult, defaultValue);
  const firstError = lastResult?.error
    ? Object.entries(lastResult.error).find(([name, errors]) => name && errors?.length)?.[0]
    : undefined;
  useFocusFirstInvalid(id, lastResult);
  return { form, fields, firstError };
}

/** After a server reply with errors (JS on), move focus to the first field that needs attention. */
function useFocusFirstInvalid(formId: string, lastResult: unknown) {
  const previous = useRef(lastResult);
  useEffect(() => {
    if (lastResult === previous.current) return;
    previous.current = lastResult;
    document.getElementById(formId)?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [formId, lastResult]);
}

/** Form-level errors of a server reply, for the small intent-button forms that have no useSchemaForm. */
export function FormErrors({ result }: { result: FormResult }) {
  const text = errorText(result);
  return text ? (
    <p className="form-error" role="alert">
      {text}
    </p>
  ) : null;
}

/** The errors of one field of a server reply ("" = the form's own), as one sentence, or null. */
export function errorText(result: FormResult, field = ""): string | null {
  const errors = result?.error?.[field];
  return errors?.length ? errors.join(" ") : null;
}

export type AppFormProps = ComponentProps<typeof Form> & { form: FormMeta };

export function AppForm({ form, children, ...props }: AppFormProps) {
  return (
    <Form method="post" id={form.id} aria-describedby={form.errors ? form.errorId : undefined} {...props}>
      {form.errors?.length ? (
        <p className="form-error" role="alert" id={form.errorId}>
          {form.errors.join(" ")}
        </p>
      ) : null}
      {children}
    </Form>
  );
}

interface FieldProps {
  label: string;
  meta: FieldMeta;
  type?: "text" | "email" | "password" | "date" | "time" | "search" | "tel" | "url";
  autoComplete?: string;
  hint?: ReactNode;
  firstError?: string;
  inputProps?: ComponentProps<"input">;
}

const hintIdOf = (meta: FieldMeta, hint: ReactNode) => (hint ? `${meta.id}-hint` : undefined);

/** Label, hint and error around one control: the same frame for every kind of field. */
function FieldFrame({
  label,
  meta,
  hint,
  children,
}: {
  label: string;
  meta: FieldMeta;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintIdOf(meta, hint)}>
          {hint}
        </p>
      ) : null}
      {children}
      <FieldErrors id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

export function Field({ label, meta, type = "text", autoComplete, hint, firstError, inputProps }: FieldProps) {
  const props = inputAttributes(meta, { type, describedBy: hintIdOf(meta, hint) });
  return (
    <FieldFrame label={label} meta={meta} hint={hint}>
      <input {...props} autoComplete={autoComplete} autoFocus={firstError === meta.name} {...inputProps} />
    </FieldFrame>
  );
}

interface SelectFieldProps {
  label: string;
  meta: FieldMeta;
  options: ReadonlyArray<{ value: string; label: string }>;
  firstError?: string;
  hint?: ReactNode;
  placeholder?: string;
}

export function SelectField({ label, meta, options, firstError, hint, placeholder }: SelectFieldProps) {
  const props = selectAttributes(meta, hintIdOf(meta, hint));
  return (
    <FieldFrame label={label} meta={meta} hint={hint}>
      <select {...props} autoFocus={firstError === meta.name}>
        <SelectOptions options={options} placeholder={placeholder} />
      </select>
    </FieldFrame>
  );
}

/** The `<option>`s of a select, with an empty first choice when there is a placeholder. */
export function SelectOptions({
  options,
  placeholder,
}: {
  options: ReadonlyArray<{ value: string; label: string }>;
  placeholder?: string;
}) {
  return (
    <>
      {placeholder ? <option value="">{placeholder}</option> : null}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </>
  );
}

function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <p className="field-error" id={id} aria-live="polite">
      {errors?.join(" ")}
    </p>
  );
}

/** Shows a pending label while this form's submission is in flight (JS on); a plain button without JS. */
export function SubmitButton({
  children,
  pendingLabel,
  formAction,
}: {
  children: ReactNode;
  pendingLabel: string;
  formAction?: string;
}) {
  const navigation = useNavigation();
  const pending = navigation.state === "submitting" && (!formAction || navigation.formAction === formAction);
  return (
    <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}
