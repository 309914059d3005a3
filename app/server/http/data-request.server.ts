import { redirectDocument } from "@remix-run/node";

/** Set by server.ts on Remix's single-fetch data requests (`*.data`), removed from any other request. */
export const DATA_REQUEST_HEADER = "x-numerai-data-request";

/**
 * For pages whose body is server-only HTML (<ServerHtml>): loader data can't render it, so a client
 * navigation or revalidation is told to load the page as a document instead (one redirect, no data).
 */
export function requireDocumentRequest(request: Request): void {
  if (request.headers.get(DATA_REQUEST_HEADER) !== "1") return;
  const url = new URL(request.url);
  throw redirectDocument(url.pathname + url.search);
}
