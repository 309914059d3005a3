import { Form, useLocation, useNavigation } from "@remix-run/react";

export function VerifyEmailBanner({ email }: { email: string }) {
  const location = useLocation();
  const navigation = useNavigation();
  const sending = navigation.formAction === "/verify-email/resend";
  return (
    <div className="banner" role="region" aria-label="Email verification">
      <p>
        Please confirm your email address: we sent a link to <strong>{email}</strong>.
      </p>
      <Form method="post" action="/verify-email/resend">
        <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
        <button type="submit" className="button button--small button--ghost" disabled={sending}>
          {sending ? "Sending…" : "Resend the link"}
        </button>
      </Form>
    </div>
  );
}
