import type { SubmissionResult } from "@conform-to/react";
import type { FormConstraints } from "~/forms/constraints";

export type FormResult = SubmissionResult<string[]> | null | undefined;

type Constraint = FormConstraints<unknown>[string];

/** What a field's controls need: names and ids (`<form id>-<name>`), its HTML constraints, the server's verdict. */
export interface FieldMeta extends Constraint {
  id: string;
  name: string;
  errorId: string;
  errors?: string[];
  /** What the field starts with: the submitted value after a refused submission, else the default. */
  initialValue?: string | string[];
}

export interface FormMeta {
  id: string;
  errorId: string;
  errors?: string[];
}

export type Fields<Input> = { [Name in keyof Input & string]-?: FieldMeta };

/** Form values as a form holds them: text, or a list of texts for checkboxes and multiple selects. */
function asFormValue(value: unknown): string | string[] | undefined {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "on" : undefined;
  return undefined;
}

/**
 * The fields of a form in the browser and on the server alike, from its constraints, its defaults and the
 * server's last reply (`{ result }` of every form action): no client-side validation library, the browser
 * checks the constraints and the server's schema has the last word.
 */
export function formState<Input>(
  id: string,
  constraint: FormConstraints<Input>,
  lastResult: FormResult,
  defaultValue: Partial<Record<keyof Input, unknown>> = {},
): { form: FormMeta; fields: Fields<Input> } {
  const values: Record<string, unknown> = lastResult?.initialValue ?? defaultValue;
  const errors = lastResult?.error ?? {};
  const field = (name: string): FieldMeta => {
    const fieldId = `${id}-${name}`;
    return {
      ...constraint[name],
      id: fieldId,
      name,
      errorId: `${fieldId}-error`,
      errors: errors[name] ?? undefined,
      initialValue: asFormValue(values[name]),
    };
  };
  const fields = new Proxy({} as Fields<Input>, {
    get: (_, name) => (typeof name === "string" ? field(name) : undefined),
  });
  return { form: { id, errorId: `${id}-error`, errors: errors[""] ?? undefined }, fields };
}

/** Id, name, `required` and the ARIA state every control of a field shares (errors first in aria-describedby). */
function controlProps(meta: FieldMeta, describedBy?: string) {
  const invalid = Boolean(meta.errors?.length);
  return {
    id: meta.id,
    name: meta.name,
    required: meta.required || undefined,
    "aria-invalid": invalid || undefined,
    "aria-describedby": invalid ? `${meta.errorId} ${describedBy ?? ""}`.trim() : describedBy,
  };
}

/** An `<input>`'s props: its constraints, and its start value (or, for a radio or checkbox, whether it starts checked). */
export function inputAttributes(meta: FieldMeta, options: { type: string; value?: string; describedBy?: string }) {
  const { minLength, maxLength, min, max, step, pattern, multiple, accept } = meta;
  const props = {
    ...controlProps(meta, options.describedBy),
    type: options.type,
    minLength,
    maxLength,
    min,
    max,
    step,
    pattern,
    multiple,
    accept,
  };
  if (options.type === "checkbox" || options.type === "radio") {
    const value = options.value ?? "on";
    const checked = Array.isArray(meta.initialValue) ? meta.initialValue.includes(value) : meta.initialValue === value;
    return { ...props, value, defaultChecked: checked };
  }
  return { ...props, defaultValue: typeof meta.initialValue === "string" ? meta.initialValue : undefined };
}

export function selectAttributes(meta: FieldMeta, describedBy?: string) {
  return { ...controlProps(meta, describedBy), multiple: meta.multiple, defaultValue: meta.initialValue };
}
