import { pipeline, Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import zlib from "node:zlib";
import { isBytesResponse } from "./bytes-response.server";

export type Encoding = "br" | "gzip";

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json|ld\+json)|image\/svg\+xml)/i;
/** Event streams (the AI guide) must reach the browser chunk by chunk; a compressor would hold them back. */
const STREAMED = /^text\/event-stream/i;

/** br over gzip, whichever the client accepts with a non-zero q; null when it accepts neither. */
export function negotiateEncoding(acceptEncoding: string | null): Encoding | null {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const allows = (name: Encoding) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  return allows("br") ? "br" : allows("gzip") ? "gzip" : null;
}

function compressor(encoding: Encoding) {
  // Quality 4 keeps brotli as cheap as gzip on the CPU while still smaller; hashed assets are
  // compressed at 11 ahead of time (static-assets.server.ts).
  return encoding === "br"
    ? zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } })
    : zlib.createGzip();
}

/**
 * Compresses a dynamic response as a stream, in the fetch layer (so nothing patches node's
 * ServerResponse). Left alone: HEAD, bodiless statuses, other content types, small bodies of known
 * length, already-encoded bodies, event streams and `Cache-Control: no-transform`.
 */
export function compressResponse(request: Request, response: Response, threshold = 1024): Response {
  const type = response.headers.get("Content-Type") ?? "";
  // A BytesResponse's stream is built only when read: its length answers without it.
  const empty = isBytesResponse(response) ? response.content.length === 0 : !response.body;
  if (
    empty ||
    request.method === "HEAD" ||
    !COMPRESSIBLE.test(type) ||
    STREAMED.test(type) ||
    response.headers.has("Content-Encoding")
  )
    return response;
  if (/\bno-transform\b/i.test(response.headers.get("Cache-Control") ?? "")) return response;
  const length = response.headers.get("Content-Length");
  if (length !== null && Number(length) < threshold) return response;

  const encoding = negotiateEncoding(request.headers.get("Accept-Encoding"));
  if (!encoding) return withVaryOnEncoding(response);
  const headers = new Headers(response.headers);
  addVaryOnEncoding(headers);
  headers.set("Content-Encoding", encoding);
  headers.delete("Content-Length");
  // pipeline tears down both ends together: a failed render errors the compressed stream, and a
  // client that goes away (the consumer cancels) stops the render.
  const compressed = pipeline(
    Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>),
    compressor(encoding),
    () => {},
  );
  const body = Readable.toWeb(compressed) as unknown as ReadableStream<Uint8Array>;
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

function addVaryOnEncoding(headers: Headers) {
  const vary = headers.get("Vary");
  if (!vary || !/\baccept-encoding\b|\*/i.test(vary))
    headers.set("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
}

/**
 * The response itself with `Vary: Accept-Encoding` (its headers may be changed when it was built with
 * `new Response`, as Remix builds them), or a copy when its headers are immutable.
 */
function withVaryOnEncoding(response: Response): Response {
  try {
    addVaryOnEncoding(response.headers);
    return response;
  } catch {
    const headers = new Headers(response.headers);
    addVaryOnEncoding(headers);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}
