import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { parseWithZod } from "@conform-to/zod/v4";
import { errorText, SubmitButton } from "~/components/forms";
import { readForm, rejectForm } from "~/server/http/forms.server";
import { redirectWithFlash } from "~/server/http/http.server";
import { recordSecurityEvent } from "~/server/accounts/security-log.server";
import { getCurrentSession } from "~/server/session/session.server";
import { consumeUserToken, peekUserToken } from "~/server/accounts/tokens.server";
import { updateUser } from "~/server/accounts/users.server";

export const meta: MetaFunction = () => [{ title: "Confirm your email · NumerAI" }];

const tokenSchema = z.object({ token: z.string().min(1).max(200) });
const LINK_USED = "This link has expired or was already used. Ask for a new one from your account.";

// Opening the link only shows a button: a GET never changes state, and mail scanners that prefetch links can't use it up.
export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = tokenSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  const valid = parsed.success && (await peekUserToken(parsed.data.token, "verify-email")) !== null;
  return data({ token: parsed.success ? parsed.data.token : "", valid }, { status: valid ? 200 : 400 });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: tokenSchema });
  const userId =
    submission.status === "success" ? await consumeUserToken(submission.value.token, "verify-email") : null;
  if (!userId) return rejectForm(submission, { formErrors: [LINK_USED] });
  await updateUser(userId, { email_verified_at: Date.now() });
  await recordSecurityEvent(userId, "email.verified", request, context);
  const signedIn = await getCurrentSession(request);
  return redirectWithFlash(signedIn ? "/dashboard" : "/login", {
    kind: "success",
    message: "Your email address is confirmed. Thank you!",
  });
}

export default function VerifyEmail() {
  const { token, valid } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const error = errorText(actionData?.result) ?? (valid ? null : LINK_USED);
  return (
    <div className="page narrow">
      <h1>Confirm your email</h1>
      {error ? (
        <>
          <p className="form-error" role="alert">
            {error}
          </p>
          <p>
            <Link to="/dashboard">Go to your dashboard</Link>
          </p>
        </>
      ) : (
        <Form method="post">
          <input type="hidden" name="token" value={token} />
          <p>One click and your address is confirmed.</p>
          <SubmitButton pendingLabel="Confirming…">Confirm my email</SubmitButton>
        </Form>
      )}
    </div>
  );
}
