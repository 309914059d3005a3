import { redirect } from "@remix-run/node";
import { setFlash, type Flash } from "~/server/session/flash.server";

/** 404/403-style guard: throws a Response the nearest ErrorBoundary renders. */
export function invariantResponse(condition: unknown, message: string, status = 404): asserts condition {
  if (!condition) throw new Response(message, { status, statusText: message });
}

export async function redirectWithFlash(url: string, flash: Flash, init: { headers?: HeadersInit } = {}) {
  const headers = new Headers(init.headers);
  headers.append("Set-Cookie", await setFlash(flash));
  return redirect(url, { headers });
}
