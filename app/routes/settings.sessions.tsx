import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors } from "~/components/forms";
import { sessionsActionSchema } from "~/forms/sessions";
import { describeDevice } from "~/lib/text/user-agent";
import { readForm, rejectForm } from "~/server/http/forms.server";
import { redirectWithFlash } from "~/server/http/http.server";
import { recordSecurityEvent } from "~/server/accounts/security-log.server";
import {
  endSession,
  listSessions,
  requireSession,
  revokeOtherSessions,
  revokeSession,
} from "~/server/session/session.server";

export const meta: MetaFunction = () => [{ title: "Sessions · Settings · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, session } = await requireSession(request);
  const sessions = await listSessions(user.id);
  return {
    sessions: sessions.map((s) => ({
      id: s.id_hash,
      current: s.id_hash === session.id_hash,
      device: describeDevice(s.user_agent),
      ip: s.ip,
      createdAt: s.created_at,
      lastSeenAt: s.last_seen_at,
    })),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, session } = await requireSession(request);
  const submission = parseWithZod(await readForm(request), { schema: sessionsActionSchema });
  if (submission.status !== "success")
    return rejectForm(submission, { formErrors: ["That request wasn't understood."] });
  const input = submission.value;
  if (input.intent === "revoke-all") {
    await revokeOtherSessions(user.id, null);
    await recordSecurityEvent(user.id, "sessions.revoked-all", request, context);
    return redirect("/login", { headers: { "Set-Cookie": await endSession(request) } });
  }
  if (input.intent === "revoke-others") {
    const count = await revokeOtherSessions(user.id, session.id_hash);
    await recordSecurityEvent(user.id, "sessions.revoked-all", request, context, `${count} other sessions`);
    return redirectWithFlash("/settings/sessions", {
      kind: "success",
      message: `Signed out ${count} other session${count === 1 ? "" : "s"}.`,
    });
  }
  if (input.sessionId === session.id_hash) {
    return redirect("/login", { headers: { "Set-Cookie": await endSession(request) } });
  }
  const revoked = await revokeSession(user.id, input.sessionId);
  if (!revoked) return rejectForm(submission, { formErrors: ["That session no longer exists."], status: 404 });
  await recordSecurityEvent(user.id, "session.revoked", request, context);
  return redirectWithFlash("/settings/sessions", { kind: "success", message: "That session is signed out." });
}

const when = (ms: number) => new Date(ms).toISOString().replace("T", " ").slice(0, 16) + " UTC";

export default function SessionSettings() {
  const { sessions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const others = sessions.filter((s) => !s.current).length;
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Active sessions</h2>
      <p className="muted">Every browser or device signed in to your account. Sign out any you don't recognise.</p>
      <FormErrors result={actionData?.result} />
      <ul className="session-list">
        {sessions.map((s) => (
          <li key={s.id} className="card session" data-testid="session">
            <div>
              <strong>{s.device}</strong> {s.current ? <span className="badge">This device</span> : null}
              <p className="muted small">
                {s.ip ? `IP ${s.ip} · ` : ""}signed in {when(s.createdAt)} · last active {when(s.lastSeenAt)}
              </p>
            </div>
            <Form method="post">
              <input type="hidden" name="intent" value="revoke" />
              <input type="hidden" name="sessionId" value={s.id} />
              <button
                type="submit"
                className="button button--small button--ghost"
                aria-label={`Sign out ${s.device}${s.current ? " (this device)" : ""}`}
              >
                Sign out
              </button>
            </Form>
          </li>
        ))}
      </ul>
      <div className="actions">
        {others > 0 ? (
          <Form method="post">
            <input type="hidden" name="intent" value="revoke-others" />
            <button type="submit" className="button button--ghost">
              Sign out all other sessions
            </button>
          </Form>
        ) : null}
        <Form method="post">
          <input type="hidden" name="intent" value="revoke-all" />
          <button type="submit" className="button button--danger">
            Log out everywhere
          </button>
        </Form>
      </div>
    </section>
  );
}
