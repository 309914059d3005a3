import { Form, Link } from "@remix-run/react";
import { formatLongDate } from "~/lib/dates/local-dates";

export interface ShareLinkSummary {
  id: string;
  personId: string | null;
  showName: boolean;
  showBirthDate: boolean;
  createdAt: number;
}

export function shareContents(link: Pick<ShareLinkSummary, "showName" | "showBirthDate">): string {
  if (link.showName && link.showBirthDate) return "numbers, name and birth date";
  if (link.showName) return "numbers and name";
  if (link.showBirthDate) return "numbers and birth date";
  return "numbers only";
}

export const createdOn = (ms: number) => formatLongDate(new Date(ms).toISOString().slice(0, 10));

/** Revokes one link, then comes back to `redirectTo` (works without JavaScript). */
export function RevokeShareForm({ link, redirectTo }: { link: ShareLinkSummary; redirectTo: string }) {
  return (
    <Form method="post" action="/shares">
      <input type="hidden" name="intent" value="revoke" />
      <input type="hidden" name="id" value={link.id} />
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <button
        type="submit"
        className="button button--small button--ghost"
        aria-label={`Revoke the link created ${createdOn(link.createdAt)} (${shareContents(link)})`}
      >
        Revoke
      </button>
    </Form>
  );
}

/**
 * "Share this report": choose what a public link shows, create it, and revoke the ones already out.
 * `personId` null means the signed-in user's own report; `redirectTo` is this page (for revoking).
 */
export function SharePanel({
  personId,
  links,
  redirectTo,
}: {
  personId: string | null;
  links: ShareLinkSummary[];
  redirectTo: string;
}) {
  return (
    <section id="share" aria-labelledby="share-heading" className="card share-panel">
      <h2 id="share-heading">Share</h2>
      <p className="muted">
        A share link opens a read-only page that needs no account. It always shows the numbers and their meanings; you
        choose what else. You can revoke it at any time.
      </p>
      <Form method="post" action="/shares">
        <input type="hidden" name="intent" value="create" />
        <input type="hidden" name="personId" value={personId ?? ""} />
        <fieldset>
          <legend>Also show</legend>
          <label>
            <input type="checkbox" name="showName" /> The name
          </label>
          <label>
            <input type="checkbox" name="showBirthDate" /> The birth date, with the Lo Shu grid and life timeline
          </label>
        </fieldset>
        <div>
          <button type="submit" className="button">
            Create share link
          </button>
        </div>
      </Form>
      {links.length ? (
        <>
          <h3>Active links</h3>
          <ul className="share-list">
            {links.map((link) => (
              <li key={link.id} data-testid="share-link">
                <p>
                  Created {createdOn(link.createdAt)}: {shareContents(link)}
                </p>
                <RevokeShareForm link={link} redirectTo={redirectTo} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">No active share links.</p>
      )}
      <p>
        <Link to="/shares">All your share links</Link>
      </p>
    </section>
  );
}
