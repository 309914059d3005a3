import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorMessage } from "~/components/error-page";
import { requireUser } from "~/server/session/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

export default function SettingsLayout() {
  return (
    <SettingsFrame>
      <Outlet />
    </SettingsFrame>
  );
}

/** A settings page's error stays inside the settings frame, tabs included. */
export function ErrorBoundary() {
  return (
    <SettingsFrame>
      <ErrorMessage heading="h2" back={{ to: "/settings/profile", label: "Back to your settings" }} />
    </SettingsFrame>
  );
}

function SettingsFrame({ children }: { children: ReactNode }) {
  return (
    <div className="page settings">
      <h1>Settings</h1>
      <nav aria-label="Settings" className="tabs">
        <NavLink to="/settings/profile">Profile</NavLink>
        <NavLink to="/settings/password">Password</NavLink>
        <NavLink to="/settings/sessions">Sessions</NavLink>
        <NavLink to="/settings/notifications">Notifications</NavLink>
        <NavLink to="/settings/security">Security</NavLink>
        <NavLink to="/settings/privacy">Privacy</NavLink>
        <NavLink to="/settings/delete-account">Delete account</NavLink>
      </nav>
      {children}
    </div>
  );
}
