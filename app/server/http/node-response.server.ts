/** Answers server.ts writes straight to node:http, before (or instead of) the Remix handler. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { isBytesResponse } from "./bytes-response.server";
import type { StaticAsset } from "./static-assets.server";

const LINGER_MS = 2_000;
const LINGER_BYTES = 8 * 1024 * 1024;

export function serveAsset(req: IncomingMessage, res: ServerResponse, asset: StaticAsset) {
  res.setHeader("Cache-Control", asset.cacheControl);
  res.setHeader("ETag", asset.etag);
  res.setHeader("Vary", "Accept-Encoding");
  for (const [name, value] of Object.entries(asset.headers)) res.setHeader(name, value);
  if (req.headers["if-none-match"] === asset.etag) {
    res.writeHead(304).end();
    return;
  }
  const accepts = String(req.headers["accept-encoding"] ?? "");
  const [body, encoding] =
    asset.br && accepts.includes("br")
      ? [asset.br, "br"]
      : asset.gzip && accepts.includes("gzip")
        ? [asset.gzip, "gzip"]
        : [asset.body, null];
  if (encoding) res.setHeader("Content-Encoding", encoding);
  res.writeHead(200, { "Content-Type": asset.type, "Content-Length": body.length });
  res.end(req.method === "HEAD" ? undefined : body);
}

export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  res
    .writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers })
    .end(text);
}

/**
 * After refusing a body we didn't read: drop what is on its way, and if the client is still sending after
 * a moment (or past a few megabytes), close. Closing at once, with the client mid-upload, resets the
 * connection and the client may never see our answer; reading it all would let the client spend our
 * bandwidth. A small body simply ends and the connection stays open. Nothing dropped is kept.
 */
export function lingerAndClose(req: IncomingMessage) {
  let dropped = 0;
  const close = () => req.socket.destroy();
  const timer = setTimeout(close, LINGER_MS).unref();
  req.on("data", (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > LINGER_BYTES) {
      clearTimeout(timer);
      close();
    }
  });
  req.once("end", () => clearTimeout(timer));
  req.resume();
}

/**
 * Writes a fetch Response to node:http, with `overrides` (lower-case names) replacing the response's own
 * headers, so no second Response is built to change one. A BytesResponse goes out in one write. Otherwise
 * writes within one tick go out together (the status line, headers and a whole document in one packet),
 * while a stream's later chunks (the AI guide's events) still leave as they come. A client that goes away
 * cancels the body.
 */
export async function sendResponse(res: ServerResponse, response: Response, overrides: Record<string, string> = {}) {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of response.headers) {
    const previous = headers[name];
    // Several Set-Cookie headers stay several headers.
    headers[name] = previous === undefined ? value : [previous, value].flat();
  }
  Object.assign(headers, overrides);
  if (isBytesResponse(response)) {
    headers["content-length"] ??= String(response.content.length);
    res.writeHead(response.status, response.statusText, headers);
    res.end(res.req.method === "HEAD" ? undefined : response.content);
    return;
  }
  res.writeHead(response.status, response.statusText, headers);
  if (!response.body || res.req.method === "HEAD") {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  let closed = false;
  const cancel = () => {
    closed = true;
    reader.cancel().catch(() => undefined);
  };
  res.once("close", cancel);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || closed) break;
      res.cork();
      process.nextTick(() => res.uncork());
      if (!res.write(value)) await drainedOrClosed(res);
      if (closed) return;
    }
  } finally {
    res.removeListener("close", cancel);
    reader.releaseLock();
  }
  if (!closed) res.end();
}

function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.removeListener("drain", done);
      res.removeListener("close", done);
      resolve();
    };
    res.once("drain", done);
    res.once("close", done);
  });
}
