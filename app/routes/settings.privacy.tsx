import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { requireUser } from "~/server/session/session.server";

export const meta: MetaFunction = () => [{ title: "Privacy · Settings · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

export default function PrivacySettings() {
  return (
    <section aria-labelledby="privacy-heading" className="privacy-settings">
      <h2 id="privacy-heading">Your data</h2>
      <p>
        Take a copy of everything NumerAI holds about you: your account and profile, the people you added, your
        numerology preferences and share links, your sessions (without their secret keys) and your security log.
      </p>
      <p>
        {/* A plain link: the file comes back as a download, with or without JavaScript. */}
        <a className="button" href="/settings/privacy/export">
          Download my data
        </a>
      </p>
      <p className="muted small">
        One JSON file that any program can read; our <Link to="/privacy">privacy policy</Link> says what each part is
        and why we keep it. You can download it up to 5 times an hour; each download appears in your{" "}
        <Link to="/settings/security">security log</Link>.
      </p>
      <h2>Delete your account</h2>
      <p>
        You can delete your account and everything in it at any time, at once or after a 30-day grace period in which
        you can change your mind.
      </p>
      <p>
        <Link to="/settings/delete-account">Delete my account…</Link>
      </p>
    </section>
  );
}
