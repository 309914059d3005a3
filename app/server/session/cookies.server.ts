import { createCookie } from "@remix-run/node";
import { getEnv } from "~/server/config/env.server";

/** The signed-in browser's cookie (session.server.ts); its mere presence makes a response private. */
export const SESSION_COOKIE = "__session";

/** Every cookie the app sets: signed with the session secret, HttpOnly, SameSite=Lax, Secure in production. */
export function signedCookie(name: string, { maxAgeSeconds, path = "/" }: { maxAgeSeconds: number; path?: string }) {
  const env = getEnv();
  return createCookie(name, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.NODE_ENV === "production",
    path,
    secrets: [env.SESSION_SECRET],
    maxAge: maxAgeSeconds,
  });
}
