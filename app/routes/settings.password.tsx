import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { AppForm, Field, SubmitButton, useSchemaForm } from "~/components/forms";
import { FORM_CONSTRAINTS } from "~/forms/constraints";
import { GoogleReauth } from "~/components/google-reauth";
import { changePasswordSchema } from "~/forms/auth";
import { readForm, rejectForm } from "~/server/http/forms.server";
import { redirectWithFlash } from "~/server/http/http.server";
import { hashPassword, passwordWeakness, verifyPassword } from "~/server/accounts/password.server";
import { limitPasswordChecks } from "~/server/http/rate-limit.server";
import { reauthStatus, reauthValidUntil } from "~/server/accounts/reauth.server";
import { recordSecurityEvent } from "~/server/accounts/security-log.server";
import { requireSession, revokeOtherSessions } from "~/server/session/session.server";
import { revokeUserTokens } from "~/server/accounts/tokens.server";
import { updateUser } from "~/server/accounts/users.server";

export const meta: MetaFunction = () => [{ title: "Password · Settings · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, session } = await requireSession(request);
  return reauthStatus(request, user, session);
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, session } = await requireSession(request);
  const submission = parseWithZod(await readForm(request), { schema: changePasswordSchema });
  if (submission.status !== "success") return rejectForm(submission);
  const { currentPassword, password } = submission.value;
  if (user.password_hash) {
    const limited = await limitPasswordChecks("change-password", user.id);
    if (limited) return rejectForm(submission, { formErrors: [limited], status: 429 });
    if (!(currentPassword && (await verifyPassword(currentPassword, user.password_hash)))) {
      return rejectForm(submission, { fieldErrors: { currentPassword: ["That isn't your current password."] } });
    }
  } else if (!(await reauthValidUntil(request, session))) {
    // A Google-only account: a stolen session alone must not be able to add a permanent way in.
    return rejectForm(submission, { formErrors: ["Confirm it's you with Google first, then set a password."] });
  }
  const weakness = passwordWeakness(password, user.email);
  if (weakness) return rejectForm(submission, { fieldErrors: { password: [weakness] } });
  await updateUser(user.id, { password_hash: await hashPassword(password) });
  // A reset link mailed before the change must not undo it.
  await revokeUserTokens(user.id, "reset-password");
  // A new password should lock out anyone who knew the old one.
  const revoked = await revokeOtherSessions(user.id, session.id_hash);
  await recordSecurityEvent(user.id, "password.changed", request, context, `${revoked} other sessions signed out`);
  return redirectWithFlash("/settings/password", {
    kind: "success",
    message: revoked
      ? `Password changed. ${revoked} other session${revoked === 1 ? " was" : "s were"} signed out.`
      : "Password changed.",
  });
}

export default function PasswordSettings() {
  const { hasPassword, googleEnabled, reauthUntil } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { form, fields, firstError } = useSchemaForm("password", FORM_CONSTRAINTS.changePassword, actionData?.result);
  return (
    <section aria-labelledby="password-heading">
      <h2 id="password-heading">{hasPassword ? "Change your password" : "Set a password"}</h2>
      {hasPassword ? null : (
        <>
          <p className="muted">You sign in with Google. A password lets you sign in with your email too.</p>
          <GoogleReauth
            page="/settings/password"
            purpose="set a password"
            reauthUntil={reauthUntil}
            googleEnabled={googleEnabled}
          />
        </>
      )}
      <AppForm form={form}>
        {hasPassword ? (
          <Field
            label="Current password"
            meta={fields.currentPassword}
            type="password"
            autoComplete="current-password"
            firstError={firstError}
            inputProps={{ required: true }}
          />
        ) : null}
        <Field
          label="New password"
          meta={fields.password}
          type="password"
          autoComplete="new-password"
          hint="At least 8 characters."
          firstError={firstError}
        />
        <Field
          label="Type it again"
          meta={fields.confirmPassword}
          type="password"
          autoComplete="new-password"
          firstError={firstError}
        />
        <SubmitButton pendingLabel="Saving…">{hasPassword ? "Change password" : "Set password"}</SubmitButton>
      </AppForm>
    </section>
  );
}
