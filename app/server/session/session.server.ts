import { redirect, type AppLoadContext } from "@remix-run/node";
import { SESSION_COOKIE, signedCookie } from "./cookies.server";
import type { Session, User } from "~/server/db/db-schema";
import { getDb } from "~/server/db/db.server";
import { preparedQuery } from "~/server/db/prepared-query.server";
import { hashToken, randomToken } from "./crypto.server";
import { oncePerRequest } from "../http/request-scope.server";
import { BoundedCache } from "~/lib/bounded-cache";

const SESSION_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;
const SESSION_MS = SESSION_DAYS * DAY;
// Sliding expiry is refreshed at most hourly, so a page view does not write on every request.
const TOUCH_EVERY_MS = 60 * 60 * 1000;

let cookie: ReturnType<typeof signedCookie> | undefined;
// A Cookie header already verified: the session it names (or null). The signature check (an HMAC) gives the
// same answer for the same header under the same secret, so it is done once per distinct header, and so is
// the id's hash the sessions table is keyed by.
interface CookieSession {
  id: string;
  idHash: string;
}
const newVerifiedCookies = () =>
  new BoundedCache<{ session: CookieSession | null }>(
    () => 1024 * 1024,
    (header) => header.length * 2 + 64,
  );
let verifiedCookies = newVerifiedCookies();

function sessionCookie() {
  cookie ??= signedCookie(SESSION_COOKIE, { maxAgeSeconds: SESSION_MS / 1000 });
  return cookie;
}

export function resetSessionCookieForTests() {
  cookie = undefined;
  verifiedCookies = newVerifiedCookies();
}

export interface CurrentSession {
  user: User;
  session: Session;
}

async function readCookieSession(request: Request): Promise<CookieSession | null> {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  const known = verifiedCookies.get(header);
  if (known) return known.session;
  const value = await sessionCookie().parse(header);
  const session = typeof value === "string" && value.length > 0 ? { id: value, idHash: hashToken(value) } : null;
  verifiedCookies.set(header, { session });
  return session;
}

/** A new random id every login: rotation defeats session fixation. Returns the Set-Cookie value. */
export async function startSession(
  userId: string,
  request: Request,
  context: Pick<AppLoadContext, "ip">,
): Promise<string> {
  const id = randomToken();
  const now = Date.now();
  const previous = await readCookieSession(request);
  const db = getDb();
  if (previous) await db.deleteFrom("sessions").where("id_hash", "=", previous.idHash).execute();
  await db
    .insertInto("sessions")
    .values({
      id_hash: hashToken(id),
      user_id: userId,
      created_at: now,
      last_seen_at: now,
      expires_at: now + SESSION_MS,
      ip: context.ip,
      user_agent: request.headers.get("User-Agent")?.slice(0, 300) ?? null,
    })
    .execute();
  return sessionCookie().serialize(id);
}

/** The signed-in user and session of this request; read once per page request (root and page loaders share it). */
export function getCurrentSession(request: Request): Promise<CurrentSession | null> {
  return oncePerRequest(request, "session", () => readCurrentSession(request));
}

const sessionWithUser = preparedQuery((db, idHash: string) =>
  db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .selectAll("users")
    .select([
      "sessions.id_hash as s_id_hash",
      "sessions.created_at as s_created_at",
      "sessions.last_seen_at as s_last_seen_at",
      "sessions.expires_at as s_expires_at",
      "sessions.ip as s_ip",
      "sessions.user_agent as s_user_agent",
    ])
    .where("sessions.id_hash", "=", idHash)
    // A deactivated account has no sessions; this guard keeps it so even if one slipped through.
    .where("users.deactivated_at", "is", null),
);

async function readCurrentSession(request: Request): Promise<CurrentSession | null> {
  const cookieSession = await readCookieSession(request);
  if (!cookieSession) return null;
  const [row] = await sessionWithUser(cookieSession.idHash);
  const now = Date.now();
  if (!row || row.s_expires_at <= now) return null;
  const { s_id_hash, s_created_at, s_last_seen_at, s_expires_at, s_ip, s_user_agent, ...user } = row;
  const session: Session = {
    id_hash: s_id_hash,
    user_id: user.id,
    created_at: s_created_at,
    last_seen_at: s_last_seen_at,
    expires_at: s_expires_at,
    ip: s_ip,
    user_agent: s_user_agent,
  };
  return { user, session };
}

/**
 * The sliding expiry: at most hourly, moves the session's end 30 days on, in the database and in the
 * cookie together. Returns the Set-Cookie value when it moved. Called for every page and data response
 * (entry.server.tsx), so whatever the user does (a page load, a data request, a form post) keeps them in.
 */
export async function renewSession(request: Request): Promise<string | null> {
  // The page's own read (shared on GET): most requests have nothing to renew, and a read takes no write lock.
  const current = await getCurrentSession(request);
  const now = Date.now();
  if (!current || now - current.session.last_seen_at <= TOUCH_EVERY_MS) return null;
  const cookieSession = await readCookieSession(request);
  if (!cookieSession) return null;
  const renewed = await getDb()
    .updateTable("sessions")
    .set({ last_seen_at: now, expires_at: now + SESSION_MS })
    .where("id_hash", "=", current.session.id_hash)
    .where("last_seen_at", "=", current.session.last_seen_at)
    .executeTakeFirst();
  return renewed.numUpdatedRows > 0n ? sessionCookie().serialize(cookieSession.id) : null;
}

function loginRedirect(request: Request): never {
  const url = new URL(request.url);
  const back = url.pathname + url.search;
  throw redirect(`/login?${new URLSearchParams({ redirectTo: back })}`);
}

export async function requireSession(request: Request): Promise<CurrentSession> {
  return (await getCurrentSession(request)) ?? loginRedirect(request);
}

export async function requireUser(request: Request): Promise<User> {
  return (await requireSession(request)).user;
}

export function hasBirthProfile(user: User): boolean {
  return Boolean(user.birth_name && user.birth_date && user.timezone);
}

/** Pages that read the user's numbers need their birth data first. */
export async function requireOnboardedUser(request: Request): Promise<User> {
  const user = await requireUser(request);
  if (!hasBirthProfile(user)) throw redirect("/onboarding");
  return user;
}

/** Ends this browser's session; returns the Set-Cookie value that clears the cookie. */
export async function endSession(request: Request): Promise<string> {
  const cookieSession = await readCookieSession(request);
  if (cookieSession) await getDb().deleteFrom("sessions").where("id_hash", "=", cookieSession.idHash).execute();
  return sessionCookie().serialize("", { maxAge: 0 });
}

export async function listSessions(userId: string): Promise<Session[]> {
  return getDb()
    .selectFrom("sessions")
    .selectAll()
    .where("user_id", "=", userId)
    .where("expires_at", ">", Date.now())
    .orderBy("last_seen_at", "desc")
    .execute();
}

/** Owner-scoped: a hash that belongs to someone else deletes nothing. Returns whether one was revoked. */
export async function revokeSession(userId: string, idHash: string): Promise<boolean> {
  const result = await getDb()
    .deleteFrom("sessions")
    .where("user_id", "=", userId)
    .where("id_hash", "=", idHash)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function revokeOtherSessions(userId: string, keepIdHash: string | null): Promise<number> {
  let query = getDb().deleteFrom("sessions").where("user_id", "=", userId);
  if (keepIdHash) query = query.where("id_hash", "!=", keepIdHash);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}
