import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { AppForm, Field, SubmitButton, useSchemaForm } from "~/components/forms";
import { FORM_CONSTRAINTS } from "~/forms/constraints";
import { forgotPasswordSchema } from "~/forms/auth";
import { queueAccountEmail } from "~/server/accounts/account-mail.server";
import { readForm, rejectForm } from "~/server/http/forms.server";
import { hitRateLimit, limitByIp, tooManyMessage } from "~/server/http/rate-limit.server";
import { findUserByEmail, normalizeEmail } from "~/server/accounts/users.server";

export const meta: MetaFunction = () => [{ title: "Reset your password · NumerAI" }];

const RESETS_PER_HOUR = 5;

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: forgotPasswordSchema });
  if (submission.status !== "success") return rejectForm(submission);
  const email = normalizeEmail(submission.value.email);
  const ipLimited = await limitByIp("reset", context.ip);
  const perAccount = await hitRateLimit(`reset:${email}`, RESETS_PER_HOUR, 60 * 60_000);
  if (ipLimited || !perAccount.allowed) {
    return rejectForm(submission, {
      formErrors: [ipLimited ?? tooManyMessage(perAccount.retryAfterSeconds)],
      status: 429,
    });
  }
  const user = await findUserByEmail(email);
  // Queued, not sent: the same answer in the same time whether or not the account exists, so this form
  // can't be used to probe for accounts.
  if (user) await queueAccountEmail(user.id, "reset-password");
  return { sentTo: email, result: null };
}

export default function ForgotPassword() {
  const actionData = useActionData<typeof action>();
  const { form, fields, firstError } = useSchemaForm(
    "forgot-password",
    FORM_CONSTRAINTS.forgotPassword,
    actionData?.result,
  );
  if (actionData && "sentTo" in actionData) {
    return (
      <div className="page narrow">
        <h1>Check your inbox</h1>
        <p role="status">
          If an account exists for <strong>{actionData.sentTo}</strong>, we've sent it a link to choose a new password.
          The link works once, for 1 hour.
        </p>
        <p>
          <Link to="/login">Back to log in</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="page narrow">
      <h1>Forgot your password?</h1>
      <p className="lede">Enter your account's email address and we'll send you a link to choose a new one.</p>
      <AppForm form={form}>
        <Field label="Email" meta={fields.email} type="email" autoComplete="email" firstError={firstError} />
        <SubmitButton pendingLabel="Sending…">Send the reset link</SubmitButton>
      </AppForm>
    </div>
  );
}
