import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { AppForm, Field, SubmitButton, useSchemaForm } from "~/components/forms";
import { changePasswordSchema } from "~/forms/auth";
import { rejectForm } from "~/server/forms.server";
import { redirectWithFlash } from "~/server/http.server";
import { hashPassword, passwordWeakness, verifyPassword } from "~/server/password.server";
import { recordSecurityEvent } from "~/server/security-log.server";
import { requireSession, revokeOtherSessions } from "~/server/session.server";
import { updateUser } from "~/server/users.server";

export const meta: MetaFunction = () => [{ title: "Password · Settings · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireSession(request);
  return { hasPassword: user.password_hash !== null };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, session } = await requireSession(request);
  const submission = parseWithZod(await request.formData(), { schema: changePasswordSchema });
  if (submission.status !== "success") return rejectForm(submission);
  const { currentPassword, password } = submission.value;
  if (user.password_hash && !(currentPassword && (await verifyPassword(currentPassword, user.password_hash)))) {
    return rejectForm(submission, { fieldErrors: { currentPassword: ["That isn't your current password."] } });
  }
  const weakness = passwordWeakness(password, user.email);
  if (weakness) return rejectForm(submission, { fieldErrors: { password: [weakness] } });
  await updateUser(user.id, { password_hash: await hashPassword(password) });
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
  const { hasPassword } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { form, fields, firstError } = useSchemaForm("password", changePasswordSchema, actionData?.result);
  return (
    <section aria-labelledby="password-heading">
      <h2 id="password-heading">{hasPassword ? "Change your password" : "Set a password"}</h2>
      {hasPassword ? null : (
        <p className="muted">You sign in with Google. A password lets you sign in with your email too.</p>
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
