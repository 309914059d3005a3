import { Link } from "@remix-run/react";
import { useEffect, useState } from "react";
import { unreadLabel } from "~/notifications/types";

const POLL_MS = 30_000;

/** Polls the count while the tab is visible (and at once when it becomes visible again). */
function pollWhileVisible(onCount: (count: number) => void): () => void {
  const poll = () => {
    if (document.visibilityState !== "visible") return;
    fetch("/notifications/count", { headers: { Accept: "application/json" } })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { unread?: number } | null) => {
        if (typeof body?.unread === "number") onCount(body.unread);
      })
      .catch(() => undefined);
  };
  const timer = setInterval(poll, POLL_MS);
  document.addEventListener("visibilitychange", poll);
  return () => {
    clearInterval(timer);
    document.removeEventListener("visibilitychange", poll);
  };
}

/** Server-sent events while they get through; a poll that rests in hidden tabs when they don't. */
function useLiveUnread(initial: number): number {
  const [count, setCount] = useState(initial);
  useEffect(() => setCount(initial), [initial]);
  useEffect(() => {
    if (typeof EventSource === "undefined") return pollWhileVisible(setCount);
    let stopPolling: (() => void) | undefined;
    const source = new EventSource("/notifications/events");
    source.addEventListener("unread", (event) => setCount(Number((event as MessageEvent<string>).data)));
    source.onerror = () => {
      // A closed stream (an error status, a proxy that buffers) won't reconnect by itself.
      if (source.readyState === EventSource.CLOSED) stopPolling ??= pollWhileVisible(setCount);
    };
    return () => {
      source.close();
      stopPolling?.();
    };
  }, []);
  return count;
}

/** The header's link to the centre; its accessible name says the count ("3 unread notifications"). */
export function NotificationBadge({ unread }: { unread: number }) {
  const count = useLiveUnread(unread);
  return (
    <Link
      to="/notifications"
      className="notification-badge"
      aria-label={unreadLabel(count)}
      data-testid="notification-badge"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {count > 0 ? (
        <span className="notification-badge__count" aria-hidden="true">
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
