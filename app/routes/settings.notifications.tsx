import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { AppForm, Field, SubmitButton, useSchemaForm } from "~/components/forms";
import { FORM_CONSTRAINTS } from "~/forms/constraints";
import { PushDevices } from "~/components/push-devices";
import { formatInstant } from "~/lib/dates/instants";
import {
  CHANNEL_LABELS,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_TYPE_NAMES,
  NOTIFICATION_TYPES,
} from "~/notifications/types";
import { listDevices } from "~/server/notifications/push-subscriptions.server";
import { handleSettingsAction, settingsDefaults } from "~/server/notifications/settings-form.server";
import { getVapid } from "~/server/notifications/vapid.server";
import { requireUser } from "~/server/session/session.server";

export const meta: MetaFunction = () => [{ title: "Notifications · Settings · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [defaults, devices] = await Promise.all([settingsDefaults(user.id), listDevices(user.id)]);
  return {
    defaults,
    devices: devices.map((d) => ({ ...d, added: formatInstant(d.createdAt, user.timezone ?? "UTC") })),
    vapidPublicKey: getVapid().publicKey,
    timeZone: user.timezone,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  return handleSettingsAction(user.id, request);
}

export default function NotificationSettings() {
  const { defaults, devices, vapidPublicKey, timeZone } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { form, fields, firstError } = useSchemaForm(
    "notification-settings",
    FORM_CONSTRAINTS.notificationSettings,
    actionData?.result,
    defaults,
  );
  // After a refused save, the boxes show what was sent, not what is stored.
  const sent = actionData?.result ? (fields.channel.initialValue ?? []) : defaults.channel;
  const checked = new Set([sent].flat().filter((value) => typeof value === "string"));
  return (
    <>
      <section aria-labelledby="channels-heading">
        <h2 id="channels-heading">What reaches you, and how</h2>
        <AppForm form={form}>
          <table className="channel-table">
            <caption className="rd-visually-hidden">Notification channels per type</caption>
            <thead>
              <tr>
                <th scope="col">Type</th>
                {NOTIFICATION_CHANNELS.map((c) => (
                  <th scope="col" key={c}>
                    {CHANNEL_LABELS[c]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {NOTIFICATION_TYPE_NAMES.map((type) => (
                <tr key={type}>
                  <th scope="row">
                    {NOTIFICATION_TYPES[type].label}
                    <span className="small muted block">{NOTIFICATION_TYPES[type].description}</span>
                  </th>
                  {NOTIFICATION_CHANNELS.map((c) => (
                    <td key={c}>
                      <input
                        type="checkbox"
                        name="channel"
                        value={`${type}:${c}`}
                        defaultChecked={checked.has(`${type}:${c}`)}
                        aria-label={`${NOTIFICATION_TYPES[type].label}: ${CHANNEL_LABELS[c]}`}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="field-error" id={fields.channel.errorId} aria-live="polite">
            {fields.channel.errors?.join(" ")}
          </p>
          <fieldset>
            <legend>Quiet hours</legend>
            <p className="field-hint">
              Push and email wait until they end ({timeZone ?? "UTC"} time); security notices don't wait. Leave both
              empty for none.
            </p>
            <Field label="From" type="time" meta={fields.quietStart} firstError={firstError} />
            <Field label="Until" type="time" meta={fields.quietEnd} firstError={firstError} />
          </fieldset>
          <Field
            label="Daily reading at"
            type="time"
            meta={fields.dailyTime}
            firstError={firstError}
            hint="Your local time; the reading comes once a day."
          />
          <SubmitButton pendingLabel="Saving…">Save notification settings</SubmitButton>
        </AppForm>
      </section>
      <section aria-labelledby="test-heading">
        <h2 id="test-heading">Try it</h2>
        <Form method="post" action="/settings/notifications/test">
          <button type="submit" className="button button--ghost">
            Send me a test notification
          </button>
        </Form>
      </section>
      <PushDevices devices={devices} vapidPublicKey={vapidPublicKey} />
    </>
  );
}
