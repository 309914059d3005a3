import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { RemedyCard } from "~/components/remedies/remedy-card";
import { ReadingProblem } from "~/components/reading-problem";
import { remediesDisclaimer } from "~/content";
import { readForm } from "~/server/http/forms.server";
import { remediesPage } from "~/server/remedies/remedies.server";
import { trackAction } from "~/server/remedies/remedy-forms.server";
import { requireOnboardedUser } from "~/server/session/session.server";

export const meta: MetaFunction = () => [{ title: "Remedies · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireOnboardedUser(request);
  return { ...(await remediesPage(user)), disclaimer: remediesDisclaimer() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireOnboardedUser(request);
  return trackAction(user, await readForm(request));
}

export default function Remedies() {
  const { remedies, problem, active, limit, atLimit, limitMessage, disclaimer } = useLoaderData<typeof loader>();
  const trackError = useActionData<typeof action>()?.trackError;
  const orphanError = trackError && !remedies.some((r) => r.id === trackError.remedyId) ? trackError.message : null;
  return (
    <div className="page">
      <h1>Your remedies</h1>
      <p className="lede">
        Chosen from your chart: the empty squares of your Lo Shu grid, your driver and conductor, your karmic lessons,
        this Personal Year and any challenging compound. Each says which number it answers and why.
      </p>
      <p>
        {limit === null
          ? `You track ${active} ${active === 1 ? "remedy" : "remedies"}; your plan has no limit.`
          : `You track ${active} of the ${limit} ${limit === 1 ? "remedy" : "remedies"} your plan allows.`}{" "}
        <Link to="/remedies/progress">See your progress</Link>
      </p>
      {atLimit && limitMessage ? (
        <p className="muted" role="status">
          {limitMessage} <Link to="/pricing">Compare plans</Link>
        </p>
      ) : null}
      {orphanError ? (
        <p className="form-error" role="alert">
          {orphanError}
        </p>
      ) : null}
      {problem ? <ReadingProblem message={problem} fixHref="/settings/profile" fixLabel="Check your details" /> : null}
      <ul className="remedy-list">
        {remedies.map((r) => (
          <RemedyCard
            key={r.id}
            remedy={r}
            trackable
            error={trackError?.remedyId === r.id ? trackError.message : null}
          />
        ))}
      </ul>
      <p className="muted small">{disclaimer}</p>
    </div>
  );
}
