import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { BoundedCache } from "~/lib/bounded-cache";
import { getEnv } from "~/server/config/env.server";

/**
 * Rendered pages kept by what they are rendered from (PAGE_CACHE_BYTES; docs/decisions/012).
 *
 * A page's HTML is a pure function of its URL and its loaders' data: hydration depends on it, since the
 * browser renders the same tree from the same data and React would otherwise find a mismatch. The only
 * per-response parts are the CSP nonce and the request id (in the root's data); they are cut out of the
 * kept HTML and put back on every answer. The key is the URL with every loader's data (the request id
 * left out), so a change of data is a new entry and nothing stale is ever served, and two requests share
 * an entry only when everything the page shows is the same: nobody sees another account's page. The
 * loaders still run on every request. Only plain 200 GET pages are kept: not errors, not action answers,
 * not loader data with promises.
 */
type Part = Buffer | typeof NONCE | typeof REQUEST_ID;
const NONCE = 0;
const REQUEST_ID = 1;

const bytesOf = (parts: Part[]) =>
  parts.reduce<number>((n, part) => n + (typeof part === "number" ? 0 : part.length), 0);
const kept = new BoundedCache<Part[]>(
  () => getEnv().PAGE_CACHE_BYTES,
  (key, parts) => key.length * 2 + bytesOf(parts),
);

/** A promise in loader data would serialize as `{}`: such a page is never kept. */
function refuseStreamedValues(_key: string, value: unknown) {
  if (typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function") {
    throw new TypeError("streamed loader data");
  }
  return value;
}

/** The key of a page that may be kept, or null. */
export function pageKey(request: Request, remixContext: EntryContext, loadContext: AppLoadContext): string | null {
  const { statusCode, loaderData, actionData, errors } = remixContext.staticHandlerContext;
  if (request.method !== "GET" || statusCode !== 200 || actionData || errors) return null;
  if (!loadContext.ownRequestId || getEnv().PAGE_CACHE_BYTES === 0) return null;
  const root = loaderData.root as Record<string, unknown> | undefined;
  try {
    const data = JSON.stringify(
      root ? { ...loaderData, root: { ...root, requestId: null } } : loaderData,
      refuseStreamedValues,
    );
    // Server-only HTML (a report body) stands in the key by the key it is kept under.
    const blocks = [...loadContext.serverHtml].map(([id, { key }]) => `${id}=${key}`);
    return `${request.url}\n${data}\n${blocks.join("\n")}`;
  } catch {
    return null;
  }
}

/** The kept page for this key with this response's nonce and request id, or undefined. */
export function keptPage(key: string, nonce: string, requestId: string): Buffer<ArrayBuffer> | undefined {
  const parts = kept.get(key);
  if (!parts) return undefined;
  const nonceBytes = Buffer.from(nonce);
  const idBytes = Buffer.from(requestId);
  return Buffer.concat(parts.map((part) => (part === NONCE ? nonceBytes : part === REQUEST_ID ? idBytes : part)));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Keeps a freshly rendered page. Only pages whose request id server.ts made (a random UUID) get here, and
 * only when it occurs exactly once (in the root's data), so the id cannot stand for any other text.
 */
export function keepPage(key: string, html: Buffer, nonce: string, requestId: string): void {
  const text = html.toString("utf8");
  if (!nonce || text.split(requestId).length !== 2) return;
  const parts: Part[] = [];
  let last = 0;
  for (const match of text.matchAll(new RegExp(`${escape(nonce)}|${escape(requestId)}`, "g"))) {
    parts.push(Buffer.from(text.slice(last, match.index)), match[0] === nonce ? NONCE : REQUEST_ID);
    last = match.index + match[0].length;
  }
  parts.push(Buffer.from(text.slice(last)));
  kept.set(key, parts);
}
