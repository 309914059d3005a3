import {
  getFormProps,
  getInputProps,
  getSelectProps,
  useForm,
  type FieldMetadata,
  type FormMetadata,
  type DefaultValue,
  type SubmissionResult,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form, useNavigation } from "@remix-run/react";
import { useEffect, useRef, type ComponentProps, type ReactNode } from "react";
import type { z } from "zod";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFormMetadata = FormMetadata<any, string[]>;

/**
 * One form setup for the whole app: the zod schema validates in the browser (with JS) and supplies
 * the HTML constraint attributes (without JS); the server's reply fills in errors either way.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function useSchemaForm<Input extends Record<string, any>>(
  id: string,
  schema: z.ZodType<unknown, Input> | z.ZodType<Input, Input>,
  lastResult: SubmissionResult<string[]> | null | undefined,
  defaultValue?: DefaultValue<Input>,
) {
  const [form, fields] = useForm<Input>({
    id,
    lastResult,
    defaultValue,
    constraint: getZodConstraint(schema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: schema as z.ZodType<Input, Input> }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
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
export function FormErrors({ result }: { result: SubmissionResult<string[]> | null | undefined }) {
  const text = errorText(result);
  return text ? (
    <p className="form-error" role="alert">
      {text}
    </p>
  ) : null;
}

/** The errors of one field of a server reply ("" = the form's own), as one sentence, or null. */
export function errorText(result: SubmissionResult<string[]> | null | undefined, field = ""): string | null {
  const errors = result?.error?.[field];
  return errors?.length ? errors.join(" ") : null;
}

export type AppFormProps = ComponentProps<typeof Form> & { form: AnyFormMetadata };

export function AppForm({ form, children, ...props }: AppFormProps) {
  return (
    <Form method="post" {...getFormProps(form)} {...props}>
      {form.errors?.length ? (
        <p className="form-error" role="alert" id={form.errorId}>
          {form.errors.join(" ")}
        </p>
      ) : null}
      {children}
    </Form>
  );
}

type Meta = FieldMetadata<string | undefined | null>;

interface FieldProps {
  label: string;
  meta: Meta;
  type?: "text" | "email" | "password" | "date" | "time" | "search" | "tel" | "url";
  autoComplete?: string;
  hint?: ReactNode;
  firstError?: string;
  inputProps?: ComponentProps<"input">;
}

const hintIdOf = (meta: Meta, hint: ReactNode) => (hint ? `${meta.id}-hint` : undefined);

/** Label, hint and error around one control: the same frame for every kind of field. */
function FieldFrame({
  label,
  meta,
  hint,
  children,
}: {
  label: string;
  meta: Meta;
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
  const props = getInputProps(meta, { type, ariaAttributes: true, ariaDescribedBy: hintIdOf(meta, hint) });
  return (
    <FieldFrame label={label} meta={meta} hint={hint}>
      <input
        {...props}
        autoComplete={autoComplete}
        autoFocus={firstError === meta.name}
        {...inputProps}
        key={props.key}
      />
    </FieldFrame>
  );
}

interface SelectFieldProps {
  label: string;
  meta: Meta;
  options: ReadonlyArray<{ value: string; label: string }>;
  firstError?: string;
  hint?: ReactNode;
  placeholder?: string;
}

export function SelectField({ label, meta, options, firstError, hint, placeholder }: SelectFieldProps) {
  const props = getSelectProps(meta, { ariaAttributes: true, ariaDescribedBy: hintIdOf(meta, hint) });
  return (
    <FieldFrame label={label} meta={meta} hint={hint}>
      <select {...props} key={props.key} autoFocus={firstError === meta.name}>
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
