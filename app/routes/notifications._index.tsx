import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { formatInstant } from "~/lib/dates/instants";
import { NOTIFICATION_TYPE_NAMES, NOTIFICATION_TYPES, unreadLabel } from "~/notifications/types";
import { centreHref } from "~/notifications/centre-href";
import { handleCentreAction, loadCentre } from "~/server/notifications/centre-actions.server";
import { requireUser } from "~/server/session/session.server";

export const meta: MetaFunction = () => [{ title: "Notifications · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const centre = await loadCentre(user.id, new URL(request.url));
  // Formatted here, in the reader's zone, so the hydrated page says the same.
  const items = centre.items.map((n) => ({ ...n, when: formatInstant(n.created_at, user.timezone ?? "UTC") }));
  return { ...centre, items };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  return handleCentreAction(user.id, request);
}

/** One centre action as a plain form; its hidden fields bring it back to the filter and page it was posted from. */
function CentreAction(props: {
  intent: "read" | "delete" | "read-all" | "clear-read";
  id?: string;
  back: { type: string | null; page: number };
  label?: string;
  primary?: boolean;
  children: string;
}) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={props.intent} />
      {props.id ? <input type="hidden" name="id" value={props.id} /> : null}
      <input type="hidden" name="type" value={props.back.type ?? ""} />
      <input type="hidden" name="page" value={props.back.page} />
      <button
        type="submit"
        className={`button button--small${props.primary ? "" : " button--ghost"}`}
        aria-label={props.label}
      >
        {props.children}
      </button>
    </Form>
  );
}

export default function NotificationCentre() {
  const { items, unread, total, pages, page, type } = useLoaderData<typeof loader>();
  return (
    <div className="page notifications">
      <h1>Notifications</h1>
      <p data-testid="unread-summary">{unreadLabel(unread)}</p>
      <Form method="get" className="inline-form">
        <label htmlFor="type-filter">Show</label>
        <select id="type-filter" name="type" defaultValue={type ?? ""}>
          <option value="">All types</option>
          {NOTIFICATION_TYPE_NAMES.map((name) => (
            <option key={name} value={name}>
              {NOTIFICATION_TYPES[name].label}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--small button--ghost">
          Filter
        </button>
      </Form>
      <div className="actions">
        <CentreAction intent="read-all" back={{ type, page }} primary>
          Mark all read
        </CentreAction>
        <CentreAction intent="clear-read" back={{ type, page }}>
          Clear read
        </CentreAction>
        <Link to="/settings/notifications">Notification settings</Link>
      </div>
      {items.length === 0 ? (
        <p className="muted">{total === 0 ? "No notifications yet." : "Nothing on this page."}</p>
      ) : (
        <ul className="notification-list">
          {items.map((n) => (
            <li
              key={n.id}
              className={`card notification${n.read_at === null ? " notification--unread" : ""}`}
              data-testid="notification"
            >
              <div>
                <p className="notification__meta small muted">
                  {n.read_at === null ? <span className="badge">Unread</span> : null} {NOTIFICATION_TYPES[n.type].label}{" "}
                  · {n.when}
                </p>
                <h2 className="notification__title">
                  <Link to={n.url}>{n.title}</Link>
                </h2>
                {n.body ? <p>{n.body}</p> : null}
              </div>
              <div className="notification__actions">
                {n.read_at === null ? (
                  <CentreAction intent="read" id={n.id} back={{ type, page }} label={`Mark "${n.title}" read`}>
                    Mark read
                  </CentreAction>
                ) : null}
                <CentreAction intent="delete" id={n.id} back={{ type, page }} label={`Delete "${n.title}"`}>
                  Delete
                </CentreAction>
              </div>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 ? (
        <nav aria-label="Pages" className="pager">
          {page > 1 ? <Link to={centreHref(type, page - 1)}>← Newer</Link> : null}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? <Link to={centreHref(type, page + 1)}>Older →</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
