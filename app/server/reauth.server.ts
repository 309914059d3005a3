import { signedCookie } from "./cookies.server";
import type { Session } from "./db-schema";

/**
 * Re-authentication for accounts without a password: a fresh Google sign-in. Starting it leaves a
 * short-lived marker for the OAuth callback; the callback then records the proof for the deletion page.
 * Both are signed cookies bound to the user and to this very session, valid for ten minutes.
 */

export const REAUTH_MS = 10 * 60 * 1000;
export const DELETE_ACCOUNT_PATH = "/settings/delete-account";

// The marker is only read by the OAuth callback (a full page load under /auth/google). The proof is read by the
// deletion page, whose data requests with JavaScript on go to /settings/delete-account.data: hence "/".
const pendingCookie = () => signedCookie("__reauth_pending", { maxAgeSeconds: REAUTH_MS / 1000, path: "/auth/google" });
const proofCookie = () => signedCookie("__reauth", { maxAgeSeconds: REAUTH_MS / 1000 });

interface Stamp {
  userId: string;
  sessionId: string;
  at: number;
}

async function readStamp(cookie: ReturnType<typeof signedCookie>, request: Request): Promise<Stamp | null> {
  const value: unknown = await cookie.parse(request.headers.get("Cookie"));
  if (!value || typeof value !== "object") return null;
  const { userId, sessionId, at } = value as Partial<Stamp>;
  if (typeof userId !== "string" || typeof sessionId !== "string" || typeof at !== "number") return null;
  return Date.now() - at < REAUTH_MS ? { userId, sessionId, at } : null;
}

const matches = (stamp: Stamp | null, session: Session) =>
  stamp !== null && stamp.userId === session.user_id && stamp.sessionId === session.id_hash;

export async function startReauth(session: Session): Promise<string> {
  return pendingCookie().serialize({ userId: session.user_id, sessionId: session.id_hash, at: Date.now() });
}

/** The user a pending Google re-authentication is for, if this browser started one. */
export async function pendingReauthUserId(request: Request): Promise<string | null> {
  return (await readStamp(pendingCookie(), request))?.userId ?? null;
}

/** Set-Cookie values that record the proof for `session` and drop the marker; null if the marker doesn't match it. */
export async function completeReauth(request: Request, session: Session): Promise<string[] | null> {
  if (!matches(await readStamp(pendingCookie(), request), session)) return null;
  return [
    await proofCookie().serialize({ userId: session.user_id, sessionId: session.id_hash, at: Date.now() }),
    await clearPendingReauth(),
  ];
}

export async function clearPendingReauth(): Promise<string> {
  return pendingCookie().serialize("", { maxAge: 0 });
}

/** When the recorded re-authentication for this session stops counting, or null if there is none. */
export async function reauthValidUntil(request: Request, session: Session): Promise<number | null> {
  const stamp = await readStamp(proofCookie(), request);
  return stamp && matches(stamp, session) ? stamp.at + REAUTH_MS : null;
}
