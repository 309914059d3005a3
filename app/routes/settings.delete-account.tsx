import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { AppForm, Field, useSchemaForm, type FieldMeta } from "~/components/forms";
import { inputAttributes } from "~/components/form-state";
import { FORM_CONSTRAINTS } from "~/forms/constraints";
import { GoogleReauth } from "~/components/google-reauth";
import { DELETE_WORD } from "~/accounts/deletion";
import { deleteAccountSchema } from "~/forms/account";
import { dateInTimeZone, formatLongDate } from "~/lib/dates/local-dates";
import { requestAccountDeletion } from "~/server/accounts/account-deletion.server";
import { GRACE_DAYS, GRACE_MS } from "~/server/accounts/account-lifecycle.server";
import { readForm, rejectForm } from "~/server/http/forms.server";
import { redirectWithFlash } from "~/server/http/http.server";
import { reauthStatus } from "~/server/accounts/reauth.server";
import { endSession, requireSession } from "~/server/session/session.server";

export const meta: MetaFunction = () => [{ title: "Delete account · Settings · NumerAI" }];

const longDate = (ms: number, timeZone: string | null) =>
  formatLongDate(dateInTimeZone(timeZone ?? "UTC", new Date(ms)));

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, session } = await requireSession(request);
  return {
    ...(await reauthStatus(request, user, session)),
    graceDays: GRACE_DAYS,
    graceEnds: longDate(Date.now() + GRACE_MS, user.timezone),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const current = await requireSession(request);
  const submission = parseWithZod(await readForm(request), { schema: deleteAccountSchema });
  if (submission.status !== "success") return rejectForm(submission);
  const result = await requestAccountDeletion(current, submission.value, request, context);
  if (!result.ok) {
    const { field, message, status } = result;
    return field
      ? rejectForm(submission, { fieldErrors: { [field]: [message] }, status })
      : rejectForm(submission, { formErrors: [message], status });
  }
  const headers = { "Set-Cookie": await endSession(request) };
  const message =
    result.when === "grace"
      ? `Your account is deactivated and will be deleted for good on ${longDate(result.purgeAfter, current.user.timezone)}. To keep it, log in before then and restore it.`
      : "Your account and everything in it are deleted. Thank you for trying NumerAI.";
  return redirectWithFlash("/", { kind: "info", message }, { headers });
}

export default function DeleteAccount() {
  const { hasPassword, googleEnabled, reauthUntil, graceDays, graceEnds } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { form, fields, firstError } = useSchemaForm(
    "delete-account",
    FORM_CONSTRAINTS.deleteAccount,
    actionData?.result,
    {
      when: "grace",
    },
  );
  const whenError = fields.when.errors?.join(" ");
  return (
    <section aria-labelledby="delete-heading" className="privacy-delete">
      <h2 id="delete-heading">Delete your account</h2>
      <p>
        Deleting your account removes your profile, the people you added, your share links, your sessions and your
        security log.
      </p>
      <ul>
        <li>You are signed out everywhere at once, your share links stop working and we send you nothing more.</li>
        <li>
          With the {graceDays}-day grace period you can change your mind: log in before the date we show you and restore
          the account. After that date it is erased for good.
        </li>
        <li>
          Want a copy first? <a href="/settings/privacy/export">Download your data</a>.
        </li>
      </ul>

      {hasPassword ? null : (
        <GoogleReauth
          page="/settings/delete-account"
          purpose="delete the account"
          reauthUntil={reauthUntil}
          googleEnabled={googleEnabled}
        />
      )}

      <AppForm form={form}>
        {hasPassword ? (
          <Field
            label="Your password"
            meta={fields.password}
            type="password"
            autoComplete="current-password"
            firstError={firstError}
            inputProps={{ required: true }}
          />
        ) : null}
        <Field
          label={`Type ${DELETE_WORD} to confirm`}
          meta={fields.confirm}
          autoComplete="off"
          hint="In capital letters. This is what stops an accidental click."
          firstError={firstError}
        />
        <fieldset className="privacy-when" aria-describedby={fields.when.errorId}>
          <legend>When should we delete it?</legend>
          <RadioChoice meta={fields.when} value="grace" title={`After a ${graceDays}-day grace period`}>
            On {graceEnds}. Until then, logging in lets you restore it.
          </RadioChoice>
          <RadioChoice meta={fields.when} value="now" title="Right now">
            Everything is erased immediately. This can't be undone.
          </RadioChoice>
          <p className="field-error" id={fields.when.errorId} aria-live="polite">
            {whenError}
          </p>
        </fieldset>
        <button type="submit" className="button button--danger">
          Delete my account
        </button>
      </AppForm>
    </section>
  );
}

function RadioChoice({
  meta,
  value,
  title,
  children,
}: {
  meta: FieldMeta;
  value: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <label className="privacy-choice">
      <input {...inputAttributes(meta, { type: "radio", value })} />
      <span>
        <strong>{title}</strong>
        <span className="muted small"> — {children}</span>
      </span>
    </label>
  );
}
