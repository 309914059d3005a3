import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { errorText, SubmitButton } from "~/components/forms";
import { dateInTimeZone, formatLongDate } from "~/lib/dates/local-dates";
import {
  clearRestoreTicket,
  pendingDeletion,
  readRestoreTicket,
  restoreAccount,
} from "~/server/accounts/account-lifecycle.server";
import { rejectButton } from "~/server/http/forms.server";
import { redirectWithFlash } from "~/server/http/http.server";
import { recordSecurityEvent } from "~/server/accounts/security-log.server";
import { hasBirthProfile, startSession } from "~/server/session/session.server";
import { getUserById } from "~/server/accounts/users.server";

export const meta: MetaFunction = () => [{ title: "Restore your account · NumerAI" }];

const GRACE_OVER = "This account's grace period is over and it is being deleted, so it can't be restored.";

/** Reached only from a successful sign-in to a deactivated account, which leaves a short-lived ticket for this page. */
async function deactivatedAccount(request: Request) {
  const userId = await readRestoreTicket(request);
  const user = userId ? await getUserById(userId) : undefined;
  const deletion = user ? await pendingDeletion(user.id) : null;
  return user && deletion && user.deactivated_at !== null ? { user, deletion } : null;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const account = await deactivatedAccount(request);
  if (!account) throw redirect("/login");
  const { user, deletion } = account;
  return {
    email: user.email,
    deletionDate: formatLongDate(dateInTimeZone(user.timezone ?? "UTC", new Date(deletion.purgeAfter))),
    restorable: deletion.status === "scheduled" && deletion.purgeAfter > Date.now(),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const account = await deactivatedAccount(request);
  if (!account) throw redirect("/login");
  const { user } = account;
  if (!(await restoreAccount(user.id))) {
    return rejectButton(GRACE_OVER, 409);
  }
  await recordSecurityEvent(user.id, "deletion.cancelled", request, context);
  await recordSecurityEvent(user.id, "login.success", request, context, "restore");
  const headers = new Headers();
  headers.append("Set-Cookie", await clearRestoreTicket());
  headers.append("Set-Cookie", await startSession(user.id, request, context));
  return redirectWithFlash(
    hasBirthProfile(user) ? "/dashboard" : "/onboarding",
    { kind: "success", message: "Welcome back! Your account is restored and will not be deleted." },
    { headers },
  );
}

export default function RestoreAccount() {
  const { email, deletionDate, restorable } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const error = errorText(actionData?.result) ?? (restorable ? null : GRACE_OVER);
  return (
    <div className="page narrow">
      <h1>Restore your account?</h1>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : (
        <>
          <p className="lede">This account is scheduled for deletion on {deletionDate}. Restore it?</p>
          <p>
            Restoring <strong>{email}</strong> cancels the deletion and signs you in, with everything as you left it. If
            you do nothing, the account and all its data are erased on that date.
          </p>
          <Form method="post">
            <SubmitButton pendingLabel="Restoring…">Restore my account</SubmitButton>
          </Form>
        </>
      )}
      <p className="muted">
        <Link to="/">Leave it scheduled</Link>
      </p>
    </div>
  );
}
