import { signedCookie } from "./cookies.server";

export type FlashKind = "success" | "info" | "error";
export interface Flash {
  kind: FlashKind;
  message: string;
}

let cookie: ReturnType<typeof signedCookie> | undefined;

function flashCookie() {
  cookie ??= signedCookie("__flash", { maxAgeSeconds: 60 });
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
