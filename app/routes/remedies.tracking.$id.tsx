import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CheckInDays, CheckInForm } from "~/components/remedies/check-in-form";
import { ProgressStats } from "~/components/remedies/progress-stats";
import { ReminderForm } from "~/components/remedies/reminder-form";
import { RATING_LABELS } from "~/forms/remedy-lists";
import { formatLongDate } from "~/lib/dates/local-dates";
import { readForm } from "~/server/http/forms.server";
import { invariantResponse } from "~/server/http/http.server";
import { trackingPage } from "~/server/remedies/progress.server";
import { trackingAction } from "~/server/remedies/remedy-forms.server";
import { requireOnboardedUser } from "~/server/session/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.tracking.title} · Remedies · NumerAI` : "Remedy · NumerAI" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireOnboardedUser(request);
  const page = await trackingPage(user, params.id ?? "", new URL(request.url).searchParams.get("date"));
  invariantResponse(page, "Remedy not found");
  return page;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireOnboardedUser(request);
  return trackingAction(user, params.id ?? "", await readForm(request));
}

export default function TrackedRemedy() {
  const { tracking, today, dates, selected, checkIn, history, reminder } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const resultFor = (intent: string) =>
    reply && "result" in reply && reply.intent === intent ? reply.result : undefined;
  const done = new Set(history.filter((h) => h.done).map((h) => h.date));
  return (
    <div className="page">
      <p className="eyebrow">
        <Link to="/remedies">Remedies</Link> · <Link to="/remedies/progress">Progress</Link>
      </p>
      <h1>{tracking.title}</h1>
      {tracking.answers ? <p className="muted">{tracking.answers}</p> : null}
      {tracking.how ? <p className="lede">{tracking.how}</p> : null}
      <p className="muted small">
        {tracking.active ? `Tracking since ${formatLongDate(tracking.startedOn)}` : "Stopped; your history is kept."} ·{" "}
        {tracking.frequency}
      </p>
      <ProgressStats stats={tracking} />

      {tracking.active ? (
        <section id="check-in" aria-labelledby="check-in-heading" className="card">
          <h2 id="check-in-heading">Check in</h2>
          <CheckInDays dates={dates} today={today} selected={selected} done={done} />
          <CheckInForm
            key={selected}
            dates={dates}
            today={today}
            defaults={checkIn}
            lastResult={resultFor("check-in")}
          />
        </section>
      ) : (
        <p>
          <Link to="/remedies">Track it again</Link> to check in.
        </p>
      )}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        {history.length ? (
          <ul className="check-in-history">
            {history.map((h) => (
              <li key={h.date}>
                <strong>{formatLongDate(h.date)}</strong>: {h.done ? "done" : "not done"}
                {h.rating ? `, felt ${h.rating} of 5 (${RATING_LABELS[h.rating as 1]})` : ""}
                {h.moodBefore || h.moodAfter ? `, mood ${h.moodBefore ?? "?"} → ${h.moodAfter ?? "?"}` : ""}
                {h.note ? <p className="muted small m-0">{h.note}</p> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No check-ins yet.</p>
        )}
      </section>

      {tracking.active ? (
        <>
          <section aria-labelledby="reminder-heading" className="card">
            <h2 id="reminder-heading">Reminder</h2>
            <ReminderForm reminder={reminder} lastResult={resultFor("reminder")} />
          </section>
          <Form method="post">
            <input type="hidden" name="intent" value="stop" />
            <button type="submit" className="button button--ghost">
              Stop tracking
            </button>
          </Form>
        </>
      ) : null}
    </div>
  );
}
