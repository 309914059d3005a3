import { Writable } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { NonceProvider } from "./components/nonce";
import { ServerHtmlProvider } from "./components/server-html";
import { SESSION_COOKIE } from "./server/session/cookies.server";
import { closeDb, getDb, isDbHealthy, migrateToLatest } from "./server/db/db.server";
import { getEnv } from "./server/config/env.server";
import { startJobs, stopJobs } from "./server/jobs/schedule.server";
import { getLogger, loggablePath } from "./server/config/logger.server";
import { setListeningPort } from "./server/http/origin.server";
import { renewSession } from "./server/session/session.server";
import { keepPage, keptPage, pageKey } from "./server/http/render-cache.server";
import { BytesResponse } from "./server/http/bytes-response.server";

const ABORT_DELAY = 5_000;

const setsSessionCookie = (headers: Headers) =>
  headers.getSetCookie().some((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const renewed = await renewSession(request);
  if (renewed && !setsSessionCookie(responseHeaders)) responseHeaders.append("Set-Cookie", renewed);
  const nonce = loadContext?.nonce ?? "";
  const requestId = loadContext?.requestId ?? "";
  const htmlResponse = (html: Buffer<ArrayBuffer>) => {
    responseHeaders.set("Content-Type", "text/html; charset=utf-8");
    responseHeaders.set("Content-Length", String(html.length));
    return new BytesResponse(html, { headers: responseHeaders, status: responseStatusCode });
  };
  // The same URL and loader data render the same page (render-cache.server.ts).
  const key = loadContext ? pageKey(request, remixContext, loadContext) : null;
  const kept = key ? keptPage(key, nonce, requestId) : undefined;
  if (kept) return htmlResponse(kept);
  // No page defers data, so nothing arrives after the shell: the document is rendered whole into one
  // buffer and sent as one body of known length, instead of React's 2 KB chunks each crossing a
  // Node stream, a web stream and a socket write (docs/decisions/012).
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const chunks: Buffer[] = [];
    const body = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
      final(done) {
        const html = Buffer.concat(chunks);
        if (key && responseStatusCode === 200) keepPage(key, html, nonce, requestId);
        resolve(htmlResponse(html));
        done();
      },
    });
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <ServerHtmlProvider value={loadContext?.serverHtml ?? new Map()}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </ServerHtmlProvider>
      </NonceProvider>,
      {
        nonce,
        onShellReady() {
          shellRendered = true;
        },
        onAllReady() {
          clearTimeout(timer);
          pipe(body);
        },
        onShellError(error: unknown) {
          clearTimeout(timer);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Before the shell, Remix gets the error through onShellError and logs it itself.
          if (shellRendered) getLogger().error({ err: error, requestId: loadContext?.requestId }, "render error");
        },
      },
    );
    const timer = setTimeout(abort, ABORT_DELAY + 1000);
  });
}

/** Data requests (client navigations, fetchers, form posts with JS on) renew the session like pages do. */
export async function handleDataRequest(response: Response, { request }: { request: Request }) {
  const renewed = await renewSession(request);
  if (!renewed || setsSessionCookie(response.headers)) return response;
  const headers = new Headers(response.headers);
  headers.append("Set-Cookie", renewed);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

export function handleError(error: unknown, { request, context }: { request: Request; context: AppLoadContext }) {
  if (request.signal.aborted) return;
  const path = loggablePath(new URL(request.url).pathname);
  // The id error pages show as the reference, so a report can be matched to this line.
  const requestId = context?.requestId;
  // No such page, or a method the route doesn't take: the client's mistake, not ours.
  if (isRouteErrorResponse(error) && error.status < 500) {
    getLogger().info({ requestId, method: request.method, path, status: error.status }, error.statusText || "refused");
    return;
  }
  getLogger().error({ err: error, requestId, method: request.method, path }, "unhandled error");
}

/** Called by server.ts once it listens (and before it serves): config is checked and the schema migrated first. */
export async function startup({ port }: { port: number }): Promise<{ applied: string[]; sessionSecretSource: string }> {
  const env = getEnv();
  setListeningPort(port);
  const applied = await migrateToLatest(getDb());
  startJobs();
  return { applied, sessionSecretSource: env.sessionSecretSource };
}

export const healthy = isDbHealthy;
export { openRequestScope } from "./server/http/request-scope.server";

export async function shutdown() {
  await stopJobs();
  await closeDb();
}
