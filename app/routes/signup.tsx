import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { AppForm, Field, SubmitButton, useSchemaForm } from "~/components/forms";
import { FORM_CONSTRAINTS } from "~/forms/constraints";
import { GoogleButton } from "~/components/google-button";
import { signupSchema } from "~/forms/auth";
import { signUp } from "~/server/accounts/auth.server";
import { getEnv } from "~/server/config/env.server";
import { readForm, rejectForm } from "~/server/http/forms.server";
import { passwordWeakness } from "~/server/accounts/password.server";
import { limitByIp } from "~/server/http/rate-limit.server";
import { getCurrentSession } from "~/server/session/session.server";
import { normalizeEmail } from "~/server/accounts/users.server";

export const meta: MetaFunction = () => [{ title: "Create your account · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getCurrentSession(request)) throw redirect("/dashboard");
  return { googleEnabled: getEnv().googleEnabled };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: signupSchema });
  if (submission.status !== "success") return rejectForm(submission);
  const limited = await limitByIp("signup", context.ip);
  if (limited) return rejectForm(submission, { formErrors: [limited], status: 429 });
  const weakness = passwordWeakness(submission.value.password, submission.value.email);
  if (weakness) return rejectForm(submission, { fieldErrors: { password: [weakness] } });
  await signUp(submission.value, request, context);
  // The same answer whether the email is new or taken: the mail says which (see signUp).
  return { sentTo: normalizeEmail(submission.value.email), result: null };
}

export default function Signup() {
  const { googleEnabled } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { form, fields, firstError } = useSchemaForm("signup", FORM_CONSTRAINTS.signup, actionData?.result);
  if (actionData && "sentTo" in actionData) {
    return (
      <div className="page narrow">
        <h1>Check your inbox</h1>
        <p role="status">
          We've sent a message to <strong>{actionData.sentTo}</strong>. Open the link in it to confirm your address.
        </p>
        <p>
          Then <Link to="/login">log in</Link> with your email and the password you chose to set up your numbers.
        </p>
      </div>
    );
  }
  return (
    <div className="page narrow">
      <h1>Create your account</h1>
      <p className="lede">Your numbers, their meaning and the arithmetic behind each one, saved for every day.</p>
      {googleEnabled ? <GoogleButton label="Sign up with Google" /> : null}
      <AppForm form={form}>
        <Field label="Your name" meta={fields.name} autoComplete="name" firstError={firstError} />
        <Field label="Email" meta={fields.email} type="email" autoComplete="email" firstError={firstError} />
        <Field
          label="Password"
          meta={fields.password}
          type="password"
          autoComplete="new-password"
          hint="At least 8 characters. Avoid common passwords and your email address."
          firstError={firstError}
        />
        <p className="muted small">
          By creating an account you agree to the <Link to="/terms">Terms</Link> and{" "}
          <Link to="/privacy">Privacy policy</Link>.
        </p>
        <SubmitButton pendingLabel="Creating your account…">Create account</SubmitButton>
      </AppForm>
      <p className="muted">
        Already have an account? <Link to="/login">Log in</Link>.
      </p>
    </div>
  );
}
