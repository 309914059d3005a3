import { Form, Link } from "@remix-run/react";

export interface RemedyCardData {
  id: string;
  title: string;
  how: string;
  why: string;
  answers: string;
  kind: string;
  frequency: string;
  effort: string;
  tracking?: { id: string; active: boolean } | null;
}

/** One remedy: what it answers and why, what to do, how often and how hard; Track when `trackable`. */
export function RemedyCard({
  remedy,
  trackable = false,
  error,
}: {
  remedy: RemedyCardData;
  trackable?: boolean;
  error?: string | null;
}) {
  const headingId = `remedy-${remedy.id}`;
  const errorId = `${headingId}-error`;
  return (
    <li className="card remedy-card" aria-labelledby={headingId}>
      <p className="remedy-card__answers">{remedy.answers}</p>
      <h3 id={headingId}>{remedy.title}</h3>
      <p className="remedy-card__tags">
        <span className="badge">{remedy.kind}</span> <span className="badge">{remedy.frequency}</span>{" "}
        <span className="badge">{remedy.effort} effort</span>
      </p>
      <p>{remedy.how}</p>
      <p className="muted small">{remedy.why}</p>
      {trackable ? <TrackControl remedy={remedy} error={error} errorId={errorId} /> : null}
    </li>
  );
}

function TrackControl({ remedy, error, errorId }: { remedy: RemedyCardData; error?: string | null; errorId: string }) {
  if (remedy.tracking?.active)
    return (
      <p className="actions m-0">
        <Link to={`/remedies/tracking/${remedy.tracking.id}`} className="button button--small">
          Check in<span className="rd-visually-hidden"> for {remedy.title}</span>
        </Link>
        <span className="muted small">Tracking</span>
      </p>
    );
  return (
    <Form method="post" className="actions m-0">
      <input type="hidden" name="remedyId" value={remedy.id} />
      <button type="submit" className="button button--small" aria-describedby={error ? errorId : undefined}>
        {remedy.tracking ? "Track again" : "Track"}
        <span className="rd-visually-hidden"> {remedy.title}</span>
      </button>
      <p className="field-error" id={errorId} role={error ? "alert" : undefined}>
        {error}
      </p>
    </Form>
  );
}
