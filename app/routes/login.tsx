import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { AppForm, Field, SubmitButton, useSchemaForm } from "~/components/forms";
import { FORM_CONSTRAINTS } from "~/forms/constraints";
import { GoogleButton } from "~/components/google-button";
import { loginSchema } from "~/forms/auth";
import { offerRestore } from "~/server/accounts/account-lifecycle.server";
import { logIn } from "~/server/accounts/auth.server";
import { getEnv } from "~/server/config/env.server";
import { readForm, rejectForm } from "~/server/http/forms.server";
import { limitByIp } from "~/server/http/rate-limit.server";
import { getCurrentSession, hasBirthProfile, startSession } from "~/server/session/session.server";

export const meta: MetaFunction = () => [{ title: "Log in · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getCurrentSession(request)) throw redirect("/dashboard");
  return { googleEnabled: getEnv().googleEnabled };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: loginSchema });
  if (submission.status !== "success") return rejectForm(submission);
  const limited = await limitByIp("login", context.ip);
  if (limited) return rejectForm(submission, { formErrors: [limited], status: 429 });
  const result = await logIn(submission.value, request, context);
  if (!result.ok) return rejectForm(submission, { formErrors: [result.message], status: result.status });
  if (result.user.deactivated_at !== null) return offerRestore(result.user.id);
  const cookie = await startSession(result.user.id, request, context);
  const next = hasBirthProfile(result.user) ? (submission.value.redirectTo ?? "/dashboard") : "/onboarding";
  return redirect(next, { headers: { "Set-Cookie": cookie } });
}

export default function Login() {
  const { googleEnabled } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { form, fields, firstError } = useSchemaForm("login", FORM_CONSTRAINTS.login, actionData?.result);
  return (
    <div className="page narrow">
      <h1>Log in</h1>
      {googleEnabled ? <GoogleButton label="Continue with Google" /> : null}
      <AppForm form={form}>
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <Field label="Email" meta={fields.email} type="email" autoComplete="email" firstError={firstError} />
        <Field
          label="Password"
          meta={fields.password}
          type="password"
          autoComplete="current-password"
          firstError={firstError}
        />
        <SubmitButton pendingLabel="Logging in…">Log in</SubmitButton>
      </AppForm>
      <p className="muted">
        <Link to="/forgot-password">Forgot your password?</Link> · New here? <Link to="/signup">Create an account</Link>
        .
      </p>
    </div>
  );
}
