import { Link } from "@remix-run/react";

/** Shown instead of a report when the engine can't read saved birth data (e.g. a name in another script). */
export function ReadingProblem({ message, fixHref, fixLabel }: { message: string; fixHref: string; fixLabel: string }) {
  return (
    <div className="form-error" role="alert">
      <p>We can&apos;t compute these numbers: {message}</p>
      <p className="m-0">
        <Link to={fixHref}>{fixLabel}</Link>
      </p>
    </div>
  );
}
