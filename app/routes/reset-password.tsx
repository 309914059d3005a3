import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { AppForm, Field, SubmitButton, useSchemaForm } from "~/components/forms";
import { FORM_CONSTRAINTS } from "~/forms/constraints";
import { resetPasswordSchema } from "~/forms/auth";
import { readForm, rejectForm } from "~/server/http/forms.server";
import { redirectWithFlash } from "~/server/http/http.server";
import { clearLoginFailures } from "~/server/accounts/login-throttle.server";
import { hashPassword, passwordWeakness } from "~/server/accounts/password.server";
import { recordSecurityEvent } from "~/server/accounts/security-log.server";
import { revokeOtherSessions } from "~/server/session/session.server";
import { consumeUserToken, peekUserToken } from "~/server/accounts/tokens.server";
import { getUserById, updateUser } from "~/server/accounts/users.server";

export const meta: MetaFunction = () => [{ title: "Choose a new password · NumerAI" }];

const EXPIRED = "This reset link has expired or was already used. Ask for a new one.";

export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const valid = token.length > 0 && token.length < 200 && (await peekUserToken(token, "reset-password")) !== null;
  return data({ token, valid }, { status: valid ? 200 : 400 });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: resetPasswordSchema });
  if (submission.status !== "success") return rejectForm(submission);
  const { token, password } = submission.value;
  const ownerId = await peekUserToken(token, "reset-password");
  const owner = ownerId ? await getUserById(ownerId) : undefined;
  if (!owner) return rejectForm(submission, { formErrors: [EXPIRED] });
  const weakness = passwordWeakness(password, owner.email);
  if (weakness) return rejectForm(submission, { fieldErrors: { password: [weakness] } });
  // Consumed only once the new password is acceptable, so a rejected form leaves the link usable.
  const userId = await consumeUserToken(token, "reset-password");
  if (userId !== owner.id) return rejectForm(submission, { formErrors: [EXPIRED] });
  // A reset proves control of the email, so it also confirms the address.
  await updateUser(owner.id, {
    password_hash: await hashPassword(password),
    email_verified_at: owner.email_verified_at ?? Date.now(),
  });
  await revokeOtherSessions(owner.id, null);
  // Proof of the mailbox also lifts any lock-out that failed logins put on the account.
  await clearLoginFailures(owner.email);
  await recordSecurityEvent(owner.id, "password.reset", request, context);
  return redirectWithFlash("/login", {
    kind: "success",
    message: "Your password is changed. Log in with the new one; other sessions were signed out.",
  });
}

export default function ResetPassword() {
  const { token, valid } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { form, fields, firstError } = useSchemaForm(
    "reset-password",
    FORM_CONSTRAINTS.resetPassword,
    actionData?.result,
  );
  if (!valid) {
    return (
      <div className="page narrow">
        <h1>Choose a new password</h1>
        <p className="form-error" role="alert">
          {EXPIRED}
        </p>
        <p>
          <Link to="/forgot-password">Send me a new link</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="page narrow">
      <h1>Choose a new password</h1>
      <AppForm form={form}>
        <input type="hidden" name="token" value={token} />
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
        <SubmitButton pendingLabel="Saving…">Save the new password</SubmitButton>
      </AppForm>
    </div>
  );
}
