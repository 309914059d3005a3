/**
 * What server.ts accepts as a request body, before any handler reads it: a size limit by kind (JSON for
 * the API and webhooks, a form everywhere else), forms only on page routes, and a reader that stops at
 * the limit so a refused body is never held in memory.
 */

export type BodyKind = "json" | "form";

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];
const JSON_TYPE = /^application\/([\w.+-]+\+)?json$/;

const mediaType = (contentType: string | null) => (contentType ?? "").split(";")[0].trim().toLowerCase();

export function isFormContentType(contentType: string | null): boolean {
  return FORM_TYPES.includes(mediaType(contentType));
}

/** Machine endpoints outside /api/ that the browser's own scripts post JSON to. */
const MACHINE_PATHS = new Set(["/notifications/push-subscriptions"]);

/** Machine endpoints take JSON (and set their own rules); every other route is a page whose actions take forms. */
export function isMachineEndpoint(pathname: string): boolean {
  return pathname.startsWith("/api/") || pathname.startsWith("/webhooks/") || MACHINE_PATHS.has(pathname);
}

export function bodyKind(pathname: string, contentType: string | null): BodyKind {
  return isMachineEndpoint(pathname) || JSON_TYPE.test(mediaType(contentType)) ? "json" : "form";
}

export class BodyTooLarge extends Error {}

/** Reads a body into memory up to `limit` bytes; past it, stops reading and throws BodyTooLarge. */
export async function readBodyWithin(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return concat(chunks, size);
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new BodyTooLarge(`body over ${limit} bytes`);
    }
    chunks.push(value);
  }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}
