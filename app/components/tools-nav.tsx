import { NavLink } from "@remix-run/react";

export function ToolsNav() {
  return (
    <nav aria-label="Tools" className="tabs">
      <NavLink to="/tools/name">Name spellings</NavLink>
      <NavLink to="/tools/dates">Good dates</NavLink>
    </nav>
  );
}
