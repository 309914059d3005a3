import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatInstant } from "~/lib/dates/instants";
import { describeDevice } from "~/lib/text/user-agent";
import { invariantResponse } from "~/server/http/http.server";
import {
  describeEventDetail,
  describeSecurityEvent,
  securityEventPage,
} from "~/server/accounts/security-history.server";
import { requireUser } from "~/server/session/session.server";

export const meta: MetaFunction = () => [{ title: "Security log · Settings · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const raw = new URL(request.url).searchParams.get("page") ?? "1";
  const page = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
  const result = await securityEventPage(user.id, page);
  invariantResponse(result, "There is no such page of your security log.");
  const timeZone = user.timezone ?? "UTC";
  return {
    page: result.page,
    pageCount: result.pageCount,
    timeZone,
    events: result.events.map((event) => ({
      id: event.id,
      label: describeSecurityEvent(event.type),
      detail: describeEventDetail(event.detail),
      when: formatInstant(event.createdAt, timeZone),
      isoTime: new Date(event.createdAt).toISOString(),
      ip: event.ip,
      device: describeDevice(event.userAgent),
    })),
  };
}

export default function SecurityLog() {
  const { events, page, pageCount, timeZone } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="security-heading">
      <h2 id="security-heading">Security log</h2>
      <p className="muted">
        Sign-ins, password changes and other account events, newest first. Times are in {timeZone}. If you see something
        you don't recognise, <Link to="/settings/password">change your password</Link> and{" "}
        <Link to="/settings/sessions">sign out other sessions</Link>.
      </p>
      {events.length === 0 ? (
        <p>Nothing has happened on your account yet.</p>
      ) : (
        <ol className="privacy-log" aria-label={`Security events, page ${page} of ${pageCount}`}>
          {events.map((event) => (
            <li key={event.id} className="privacy-log__item" data-testid="security-event">
              <p className="privacy-log__what">
                <strong>{event.label}</strong>
                {event.detail ? <span className="muted"> · {event.detail}</span> : null}
              </p>
              <p className="muted small">
                <time dateTime={event.isoTime}>{event.when}</time> · {event.device}
                {event.ip ? ` · IP ${event.ip}` : ""}
              </p>
            </li>
          ))}
        </ol>
      )}
      {pageCount > 1 ? (
        <nav aria-label="Security log pages" className="privacy-pager">
          {page > 1 ? <Link to={`?page=${page - 1}`}>← Newer</Link> : <span />}
          <span className="muted small">
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? <Link to={`?page=${page + 1}`}>Older →</Link> : <span />}
        </nav>
      ) : null}
    </section>
  );
}
