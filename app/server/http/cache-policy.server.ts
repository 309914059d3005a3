import { SESSION_COOKIE } from "~/server/session/cookies.server";

export const PRIVATE = "private, no-store";

/**
 * The Cache-Control of a dynamic response. Anything a signed-in browser asked for, or that sets a cookie,
 * is `private, no-store` whatever the route said (pages show the account in their header); otherwise a
 * route's own choice stands (share pages, the JSON API), and without one nothing is stored.
 */
export function cacheControlFor(cookieHeader: string | null, response: Response): string {
  const signedIn = (cookieHeader ?? "").split(";").some((pair) => pair.trim().startsWith(`${SESSION_COOKIE}=`));
  if (signedIn || response.headers.has("Set-Cookie")) return PRIVATE;
  return response.headers.get("Cache-Control") ?? PRIVATE;
}
