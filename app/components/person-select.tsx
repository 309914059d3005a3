import { SelectOptions } from "./forms";

/** A plain select of "me" and the user's people, for the GET forms that switch whose reading is shown. */
export function PersonSelect({
  id,
  name,
  label,
  defaultValue,
  choices,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  choices: { value: string; label: string }[];
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={defaultValue}>
        <SelectOptions options={choices} />
      </select>
    </div>
  );
}
