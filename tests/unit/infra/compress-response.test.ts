import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compressResponse, negotiateEncoding } from "~/server/http/compress-response.server";

const html = `<!doctype html><main>${"<p>Your Life Path Number is 7.</p>".repeat(200)}</main>`;

const request = (acceptEncoding: string | null, method = "GET") =>
  new Request("http://localhost/report", {
    method,
    headers: acceptEncoding === null ? {} : { "Accept-Encoding": acceptEncoding },
  });

const page = (headers: Record<string, string> = {}, body: BodyInit | null = html) =>
  new Response(body, { status: 200, headers: { "Content-Type": "text/html; charset=utf-8", ...headers } });

/** A body that arrives in pieces, as a streamed Remix render does. */
function streamed(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 500) controller.enqueue(bytes.slice(i, i + 500));
      controller.close();
    },
  });
}

describe("negotiateEncoding", () => {
  it.each([
    ["gzip, deflate, br, zstd", "br"],
    ["gzip", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["br;q=0, gzip;q=0", null],
    ["*", "br"],
    ["*;q=0.5, br;q=0", "gzip"],
    ["identity", null],
    ["", null],
  ])("%j → %s", (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });
});

describe("compressResponse", () => {
  it("brotli-compresses a streamed page the client accepts br for, and says so", async () => {
    const response = compressResponse(
      request("gzip, deflate, br"),
      page({ "Cache-Control": "private" }, streamed(html)),
    );
    expect(response.headers.get("Content-Encoding")).toBe("br");
    expect(response.headers.get("Vary")).toBe("Accept-Encoding");
    expect(response.headers.get("Cache-Control")).toBe("private");
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.length).toBeLessThan(html.length / 10);
    expect(brotliDecompressSync(body).toString()).toBe(html);
  });

  it("falls back to gzip and drops a Content-Length that no longer holds", async () => {
    const response = compressResponse(request("gzip"), page({ "Content-Length": String(Buffer.byteLength(html)) }));
    expect(response.headers.get("Content-Encoding")).toBe("gzip");
    expect(response.headers.has("Content-Length")).toBe(false);
    expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(html);
  });

  it("sends the body as it is, with Vary, to a client that accepts no encoding", async () => {
    const response = compressResponse(request(null), page({ Vary: "Cookie" }));
    expect(response.headers.has("Content-Encoding")).toBe(false);
    expect(response.headers.get("Vary")).toBe("Cookie, Accept-Encoding");
    expect(await response.text()).toBe(html);
  });

  it.each([
    ["a small body of known length", request("br"), page({ "Content-Length": "20" }, "<p>short enough</p>")],
    ["a PDF", request("br"), page({ "Content-Type": "application/pdf" })],
    ["an already-encoded body", request("br"), page({ "Content-Encoding": "gzip" })],
    ["no-transform", request("br"), page({ "Cache-Control": "public, no-transform" })],
    ["a HEAD request", request("br", "HEAD"), page()],
    [
      "an event stream (the guide's answers must arrive as they are written)",
      request("br"),
      page({ "Content-Type": "text/event-stream" }, streamed(html)),
    ],
    ["a redirect without a body", request("br"), new Response(null, { status: 302, headers: { Location: "/login" } })],
  ])("leaves %s alone", (_label, req, response) => {
    expect(compressResponse(req, response)).toBe(response);
  });

  it("stops reading the page when the client goes away", async () => {
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.enqueue(new TextEncoder().encode(html)),
      cancel: () => {
        cancelled = true;
      },
    });
    const reader = compressResponse(request("gzip"), page({}, endless)).body!.getReader();
    await reader.read();
    await reader.cancel();
    await expect.poll(() => cancelled).toBe(true);
  });

  it("ends the compressed stream with an error when the page's stream fails midway", async () => {
    let sent = false;
    const failing = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) return controller.error(new Error("render failed"));
        sent = true;
        controller.enqueue(new TextEncoder().encode(html));
      },
    });
    const response = compressResponse(request("br"), page({}, failing));
    await expect(response.arrayBuffer()).rejects.toThrow();
  });
});
