const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF defence for every state-changing request: browsers say where a request came from in
 * `Sec-Fetch-Site` (and `Origin`); anything but our own origin is refused. Requests that carry
 * neither header come from non-browser clients (webhooks, curl) and cannot ride a user's cookies.
 */
export function isForeignOriginRequest(method: string, headers: Headers, appOrigin: string): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  return origin !== appOrigin;
}
