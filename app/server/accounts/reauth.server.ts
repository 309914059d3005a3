import { formatInstant } from "~/lib/dates/instants";
import { signedCookie } from "~/server/session/cookies.server";
import type { Session, User } from "~/server/db/db-schema";
import { getEnv } from "~/server/config/env.server";

/**
 * Re-authentication for accounts without a password: a fresh Google sign-in. Starting it leaves a
 * short-lived marker for the OAuth callback; the callback then records the proof and goes back to the
 * page that asked. Both are signed cookies bound to the user and to this very session, valid for ten minutes.
 */

export const REAUTH_MS = 10 * 60 * 1000;

/** The pages that ask for it, and what the proof then lets the user do there. */
export const REAUTH_PAGES = {
  "/settings/delete-account": "You can delete your account in the next 10 minutes.",
  "/settings/password": "You can set a password in the next 10 minutes.",
} as const;
export type ReauthPage = keyof typeof REAUTH_PAGES;
const DEFAULT_PAGE: ReauthPage = "/settings/delete-account";

export const isReauthPage = (value: unknown): value is ReauthPage =>
  typeof value === "string" && Object.hasOwn(REAUTH_PAGES, value);

// The marker is only read by the OAuth callback (a full page load under /auth/google). The proof is read by the
// deletion page, whose data requests with JavaScript on go to /settings/delete-account.data: hence "/".
const pendingCookie = () => signedCookie("__reauth_pending", { maxAgeSeconds: REAUTH_MS / 1000, path: "/auth/google" });
const proofCookie = () => signedCookie("__reauth", { maxAgeSeconds: REAUTH_MS / 1000 });

interface Stamp {
  userId: string;
  sessionId: string;
  at: number;
  /** Where the callback returns (the marker only). */
  page?: ReauthPage;
}

async function readStamp(cookie: ReturnType<typeof signedCookie>, request: Request): Promise<Stamp | null> {
  const value: unknown = await cookie.parse(request.headers.get("Cookie"));
  if (!value || typeof value !== "object") return null;
  const { userId, sessionId, at, page } = value as Partial<Stamp>;
  if (typeof userId !== "string" || typeof sessionId !== "string" || typeof at !== "number") return null;
  return Date.now() - at < REAUTH_MS ? { userId, sessionId, at, page: isReauthPage(page) ? page : DEFAULT_PAGE } : null;
}

const matches = (stamp: Stamp | null, session: Session) =>
  stamp !== null && stamp.userId === session.user_id && stamp.sessionId === session.id_hash;

export async function startReauth(session: Session, page: ReauthPage = DEFAULT_PAGE): Promise<string> {
  return pendingCookie().serialize({ userId: session.user_id, sessionId: session.id_hash, at: Date.now(), page });
}

/** Who a pending Google re-authentication is for and the page that asked, if this browser started one. */
export async function pendingReauth(request: Request): Promise<{ userId: string; page: ReauthPage } | null> {
  const stamp = await readStamp(pendingCookie(), request);
  return stamp ? { userId: stamp.userId, page: stamp.page ?? DEFAULT_PAGE } : null;
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

/** What a page that asks for it shows: whether a password does instead, and until when (the user's time) a proof holds. */
export async function reauthStatus(request: Request, user: User, session: Session) {
  const until = user.password_hash ? null : await reauthValidUntil(request, session);
  return {
    hasPassword: user.password_hash !== null,
    googleEnabled: getEnv().googleEnabled,
    reauthUntil: until ? formatInstant(until, user.timezone ?? "UTC") : null,
  };
}
