/** Answers server.ts writes straight to node:http, before (or instead of) the Remix handler. */
import type { IncomingMessage, ServerResponse } from "node:http";
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
