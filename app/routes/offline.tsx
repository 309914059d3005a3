import type { MetaFunction } from "@remix-run/node";

export const meta: MetaFunction = () => [{ title: "You're offline · NumerAI" }];

/** Precached by the service worker and shown when a page can't be reached. */
export default function Offline() {
  return (
    <div className="page narrow">
      <h1>You're offline</h1>
      <p className="lede">
        NumerAI can't reach the internet right now. Pages you opened before may still be available.
      </p>
      <p>Check your connection, then try again.</p>
      <a className="button" href="/">
        Try again
      </a>
    </div>
  );
}
