/**
 * Work done once per HTTP request and shared by everything that serves it (the root loader, the page's
 * loader, entry.server): today the session lookup. Remix hands each loader its own copy of the Request, so
 * the scope is found by a key server.ts writes into the headers (overwriting any a client sent) and
 * forgotten when the response ends. Only GET/HEAD requests share results: an action may change what a
 * second read would find (a logout, a revoked session), and nothing is kept across requests.
 */
const SCOPE_HEADER = "x-numerai-scope";

const scopes = new Map<string, Map<string, unknown>>();
let opened = 0;

/** Gives the request a fresh scope; call the returned function when its response has ended. */
export function openRequestScope(headers: Headers): () => void {
  const key = String(++opened);
  headers.set(SCOPE_HEADER, key);
  scopes.set(key, new Map());
  return () => scopes.delete(key);
}

/** `compute()` once per request and name; outside a scope (tests, jobs) or for other methods, every time. */
export function oncePerRequest<T>(request: Request, name: string, compute: () => T): T {
  const shared = request.method === "GET" || request.method === "HEAD";
  const scope = shared ? scopes.get(request.headers.get(SCOPE_HEADER) ?? "") : undefined;
  if (!scope) return compute();
  if (!scope.has(name)) scope.set(name, compute());
  return scope.get(name) as T;
}
