import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { FormErrors } from "~/components/forms";
import { createdOn, RevokeShareForm, shareContents } from "~/components/share-panel";
import { shareActionSchema } from "~/forms/share";
import { readForm, rejectForm } from "~/server/http/forms.server";
import { invariantResponse, redirectWithFlash } from "~/server/http/http.server";
import { listPeople } from "~/server/people/people.server";
import { hasBirthProfile, requireUser } from "~/server/session/session.server";
import {
  createShareLink,
  listShareLinks,
  MAX_ACTIVE_SHARE_LINKS,
  revokeShareLink,
  shareUrl,
} from "~/server/shares/share-links.server";
import { errorBoundary } from "~/components/error-page";

export const meta: MetaFunction = () => [{ title: "Share links · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [links, people] = await Promise.all([listShareLinks(user.id), listPeople(user.id)]);
  const names = new Map(people.map((p) => [p.id, p.name]));
  return {
    links: links.map((link) => ({
      ...link,
      subject: link.personId === null ? "Your report" : `${names.get(link.personId) ?? "Someone"}'s report`,
      page: link.personId === null ? "/report" : `/people/${link.personId}`,
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await readForm(request), { schema: shareActionSchema });
  if (submission.status !== "success")
    return rejectForm(submission, { formErrors: ["That request wasn't understood."] });
  const input = submission.value;
  if (input.intent === "revoke") {
    invariantResponse(await revokeShareLink(user.id, input.id), "That share link doesn't exist or is already revoked.");
    return redirectWithFlash(input.redirectTo ?? "/shares", {
      kind: "success",
      message: "Share link revoked: it no longer opens.",
    });
  }
  if (input.personId === null && !hasBirthProfile(user)) {
    return rejectForm(submission, { formErrors: ["Add your birth name and date before sharing your report."] });
  }
  const result = await createShareLink(user.id, input);
  if (!result.ok) {
    invariantResponse(result.reason !== "not-found", "Person not found");
    return rejectForm(submission, {
      formErrors: [
        `You already have ${MAX_ACTIVE_SHARE_LINKS} active share links. Revoke one you no longer need first.`,
      ],
    });
  }
  // The token exists only in this response: the database keeps its hash.
  return {
    result: submission.reply(),
    created: {
      url: shareUrl(result.token),
      contents: shareContents(result.link),
      back: result.link.personId === null ? "/report" : `/people/${result.link.personId}`,
    },
  };
}

export default function Shares() {
  const { links } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="page narrow">
      <h1>Share links</h1>
      <FormErrors result={result?.result} />
      {result && "created" in result ? (
        <section className="card share-created" aria-labelledby="created-heading">
          <h2 id="created-heading">Your share link is ready</h2>
          <p>
            It shows the {result.created.contents}. Copy it now: for your safety we keep only a fingerprint of it, so it
            can't be shown again (you can always make a new one).
          </p>
          <label htmlFor="share-url">Share link</label>
          <input id="share-url" className="share-url" type="text" readOnly value={result.created.url} />
          <p className="actions">
            <a href={result.created.url}>Open the shared page</a>
            <Link to={result.created.back}>Back to the report</Link>
          </p>
        </section>
      ) : (
        <p className="lede">Links you've shared. Anyone with a link can open it until you revoke it.</p>
      )}
      <h2>Active links</h2>
      {links.length ? (
        <ul className="share-list">
          {links.map((link) => (
            <li key={link.id} className="card" data-testid="share-link">
              <p>
                <Link to={link.page}>{link.subject}</Link>: {shareContents(link)}, created {createdOn(link.createdAt)}
              </p>
              <RevokeShareForm link={link} redirectTo="/shares" />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No active share links. Create one from your report or a person's page.</p>
      )}
    </div>
  );
}

export const ErrorBoundary = errorBoundary({ to: "/shares", label: "Back to your shared links" });
