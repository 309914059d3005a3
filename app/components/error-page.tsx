import { isRouteErrorResponse, Link, useRouteError, useRouteLoaderData } from "@remix-run/react";
import type { RootData } from "~/root";

export interface WayBack {
  to: string;
  label: string;
}

interface ErrorText {
  status: number;
  title: string;
  detail: string;
}

const TITLES: Record<number, [title: string, detail: string]> = {
  400: ["That request couldn't be handled", "Please go back and try again."],
  403: ["That isn't yours to see", "You don't have access to this page."],
  404: ["We couldn't find that page", "The link may be old, or the page may have moved."],
  429: ["Too many requests", "Please wait a moment, then try again."],
  500: ["Something went wrong", "We've logged the problem. Please try again in a moment."],
};

/**
 * What the visitor reads for a thrown error. A refusal we threw ourselves (a 4xx Response such as
 * "Person not found") carries a short text meant for them; anything else shows no internals.
 */
export function describeError(error: unknown): ErrorText {
  if (isRouteErrorResponse(error)) {
    const status = error.status;
    const [title, detail] = TITLES[status] ?? TITLES[status < 500 ? 400 : 500];
    const own = status < 500 && typeof error.data === "string" && error.data.trim() !== "" ? error.data : null;
    return { status, title, detail: own ?? detail };
  }
  const [title, detail] = TITLES[500];
  return { status: 500, title, detail };
}

/**
 * The one error view: status-specific text, the request id the server logged, and a way back.
 * Rendered by the root and by each route group's ErrorBoundary, so it sits inside the page's frame
 * (signed-in header included); in development it also shows the error's stack.
 */
export function ErrorMessage({ back, heading: Heading = "h1" }: { back: WayBack; heading?: "h1" | "h2" }) {
  const error = useRouteError();
  const root = useRouteLoaderData<RootData>("root");
  const { status, title, detail } = describeError(error);
  const signedIn = Boolean(root?.user);
  const home = signedIn
    ? { to: "/dashboard", label: "Go to your dashboard" }
    : { to: "/", label: "Go to the home page" };
  return (
    <section className="error-page" aria-labelledby="error-title">
      <Heading id="error-title">{title}</Heading>
      <p>{detail}</p>
      <p className="muted small">
        Error {status}
        {root?.requestId ? <> · reference {root.requestId}</> : null}
      </p>
      <p className="error-page__links">
        <Link to={back.to}>{back.label}</Link>
        {back.to !== home.to ? <Link to={home.to}>{home.label}</Link> : null}
      </p>
      {import.meta.env.DEV && error instanceof Error ? <pre className="error-page__stack">{error.stack}</pre> : null}
    </section>
  );
}

/** A route group's ErrorBoundary: the error inside the root's frame, with the group's way back. */
export function errorBoundary(back: WayBack) {
  return function RouteErrorBoundary() {
    return (
      <div className="page narrow">
        <ErrorMessage back={back} />
      </div>
    );
  };
}
