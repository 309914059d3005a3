import { createCookie } from "@remix-run/node";
import { getEnv } from "./env.server";

export type FlashKind = "success" | "info" | "error";
export interface Flash {
  kind: FlashKind;
  message: string;
}

let cookie: ReturnType<typeof createCookie> | undefined;

function flashCookie() {
  const env = getEnv();
  cookie ??= createCookie("__flash", {
    httpOnly: true,
    sameSite: "lax",
    secure: env.NODE_ENV === "production",
    path: "/",
    secrets: [env.SESSION_SECRET],
    maxAge: 60,
  });
  return cookie;
}

/** A one-shot message shown on the next page ("Saved"), set on a redirect. */
export async function setFlash(flash: Flash): Promise<string> {
  return flashCookie().serialize(flash);
}

export async function readFlash(request: Request): Promise<{ flash: Flash | null; clear: string | null }> {
  const value = await flashCookie().parse(request.headers.get("Cookie"));
  if (!value || typeof value !== "object" || typeof value.message !== "string") return { flash: null, clear: null };
  return { flash: value as Flash, clear: await flashCookie().serialize("", { maxAge: 0 }) };
}
