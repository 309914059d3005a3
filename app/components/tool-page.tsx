import { NavLink } from "@remix-run/react";
import type { ReactNode } from "react";
import { AppForm, type AppFormProps } from "./forms";

/**
 * The frame both tools share: heading, tab bar, and a GET form (so results have a URL) that re-mounts
 * when the loader's defaults change; what the tool found follows as children.
 */
export function ToolPage({
  title,
  lede,
  form,
  defaults,
  fields,
  submitLabel,
  children,
}: {
  title: string;
  lede: string;
  form: AppFormProps["form"];
  defaults: Record<string, string>;
  fields: ReactNode;
  submitLabel: string;
  children: ReactNode;
}) {
  return (
    <div className="page">
      <h1>{title}</h1>
      <nav aria-label="Tools" className="tabs">
        <NavLink to="/tools/name">Name spellings</NavLink>
        <NavLink to="/tools/dates">Good dates</NavLink>
      </nav>
      <p className="lede">{lede}</p>
      <AppForm form={form} method="get" className="rd-form" key={JSON.stringify(defaults)}>
        {fields}
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </AppForm>
      {children}
    </div>
  );
}
