import { Link } from "@remix-run/react";

/** Why a billing step couldn't go ahead, announced where the user is looking. */
export function ProblemAlert({ message }: { message: string | null | undefined }) {
  return message ? (
    <p className="form-error" role="alert">
      {message}
    </p>
  ) : null;
}

/** What a billing POST that couldn't go ahead shows (with JS the same data lands on the same page). */
export function BillingProblemPage({ problem, back = "/pricing" }: { problem: string | null; back?: string }) {
  return (
    <div className="page narrow">
      <h1>Billing</h1>
      <ProblemAlert message={problem ?? "Nothing to do here."} />
      <p>
        <Link to={back}>Go back</Link>
      </p>
    </div>
  );
}
