import type { ReactNode } from "react";

/** Radios or checkboxes under one legend, with the group's error below them (described by it). */
export function ChoiceGroup({
  legend,
  type,
  name,
  errorId,
  errors,
  options,
  checked,
}: {
  legend: string;
  type: "radio" | "checkbox";
  name: string;
  errorId: string;
  errors?: string[];
  options: ReadonlyArray<{ value: string; label: ReactNode }>;
  checked: (value: string) => boolean;
}) {
  const error = errors?.join(" ");
  return (
    <fieldset className="field" aria-describedby={errorId}>
      <legend>{legend}</legend>
      <div className="choices">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type={type}
              name={name}
              value={option.value}
              defaultChecked={checked(option.value)}
              aria-invalid={error ? true : undefined}
            />{" "}
            {option.label}
          </label>
        ))}
      </div>
      <p className="field-error" id={errorId} aria-live="polite">
        {error}
      </p>
    </fieldset>
  );
}
