import { Form, Link, NavLink } from "@remix-run/react";
import { NotificationBadge } from "./notification-badge";

interface HeaderUser {
  name: string;
  email: string;
  unread: number;
}

export function SiteHeader({ user }: { user: HeaderUser | null }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        {/* The name says what is visible (no aria-label over it): "NumerAI home" for screen readers. */}
        <Link to={user ? "/dashboard" : "/"} className="brand">
          <span className="brand__mark" aria-hidden="true">
            9
          </span>
          NumerAI<span className="rd-visually-hidden"> home</span>
        </Link>
        <nav aria-label="Main" className="main-nav">
          <NavLink to="/calculator">Calculator</NavLink>
          {user ? (
            <>
              <NavLink to="/dashboard">Dashboard</NavLink>
              <NavLink to="/report">Report</NavLink>
              <NavLink to="/daily">Daily</NavLink>
              <NavLink to="/people">People</NavLink>
              <NavLink to="/compatibility">Compatibility</NavLink>
              <NavLink to="/remedies">Remedies</NavLink>
              <NavLink to="/tools/name">Tools</NavLink>
              <NavLink to="/chat">Guide</NavLink>
            </>
          ) : (
            <NavLink to="/pricing">Pricing</NavLink>
          )}
        </nav>
        {user ? <NotificationBadge unread={user.unread} /> : null}
        {user ? (
          <details className="account-menu">
            <summary aria-label={`Account menu for ${user.name}`}>
              <span className="avatar" aria-hidden="true">
                {user.name.slice(0, 1).toUpperCase()}
              </span>
              <span className="account-menu__name">{user.name}</span>
            </summary>
            <div className="account-menu__panel">
              <p className="muted small">{user.email}</p>
              <Link to="/settings/profile">Profile</Link>
              <Link to="/settings/password">Password</Link>
              <Link to="/settings/sessions">Sessions</Link>
              <Link to="/settings/notifications">Notifications</Link>
              <Link to="/billing">Billing</Link>
              <Form method="post" action="/logout">
                <button type="submit" className="link-button">
                  Log out
                </button>
              </Form>
            </div>
          </details>
        ) : (
          <div className="auth-links">
            <Link to="/login">Log in</Link>
            <Link to="/signup" className="button button--small">
              Sign up
            </Link>
          </div>
        )}
      </div>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>NumerAI — numerology that shows its working. For reflection and fun; not advice for health, money or law.</p>
      <nav aria-label="Footer">
        <Link to="/calculator">Calculator</Link>
        <Link to="/privacy">Privacy</Link>
        <Link to="/terms">Terms</Link>
      </nav>
    </footer>
  );
}
