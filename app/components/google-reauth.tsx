import { Form } from "@remix-run/react";
import type { ReauthPage } from "~/server/accounts/reauth.server";

/** "Confirm it's you" for an account without a password: a fresh Google sign-in that returns to `page`. */
export function GoogleReauth({
  page,
  purpose,
  reauthUntil,
  googleEnabled,
}: {
  page: ReauthPage;
  /** What the confirmation allows, e.g. "delete the account". */
  purpose: string;
  reauthUntil: string | null;
  googleEnabled: boolean;
}) {
  return (
    <div className="card privacy-reauth">
      <h3>Confirm it's you</h3>
      {reauthUntil ? (
        <p role="status">
          Confirmed with Google. You can {purpose} until {reauthUntil}.
        </p>
      ) : googleEnabled ? (
        <Form method="post" action="/auth/google">
          <p>Your account signs in with Google, so sign in with Google once more to confirm.</p>
          <input type="hidden" name="intent" value="reauth" />
          <input type="hidden" name="returnTo" value={page} />
          <button type="submit" className="button button--ghost">
            Confirm with Google
          </button>
        </Form>
      ) : (
        <p>Google sign-in is unavailable right now, so we can't confirm it's you. Please try again later.</p>
      )}
    </div>
  );
}
