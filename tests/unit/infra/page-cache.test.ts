/**
 * Rendered pages kept by URL and loader data (render-cache.server.ts), through server.ts as it runs in
 * production: each answer carries its own nonce and request id, a change of data is never answered from
 * the cache, and one account's page never reaches another.
 */
import { describe, expect, it } from "vitest";
import { gunzipSync } from "node:zlib";
import { rawRequest } from "../../support/app-server";
import { gateServer } from "../hardening/gate-server";

const gate = gateServer();

const nonceOf = (csp: unknown) => /'nonce-([^']+)'/.exec(String(csp))?.[1];
const scriptNonces = (html: string) => [
  ...new Set([...html.matchAll(/<script[^>]* nonce="([^"]+)"/g)].map((m) => m[1])),
];

describe("kept pages", () => {
  it("answer each request with its own nonce and request id, and otherwise the same page", async () => {
    const [first, second] = [await gate.get("/"), await gate.get("/")];
    const pages = [first, second].map((response) => {
      expect(response.status).toBe(200);
      const nonce = nonceOf(response.headers["content-security-policy"]);
      const id = String(response.headers["x-request-id"]);
      expect(scriptNonces(response.body)).toEqual([nonce]);
      expect(response.body).toContain(id);
      return { nonce: nonce!, id, body: response.body };
    });
    expect(pages[0].nonce).not.toBe(pages[1].nonce);
    expect(pages[0].id).not.toBe(pages[1].id);
    expect(pages[1].body).not.toContain(pages[0].nonce);
    expect(pages[1].body).not.toContain(pages[0].id);
    const neutral = ({ body, nonce, id }: (typeof pages)[number]) => body.replaceAll(nonce, "N").replaceAll(id, "I");
    expect(neutral(pages[1])).toBe(neutral(pages[0]));
  });

  it("never stand in for a client's own request id", async () => {
    const id = "client-chosen-id-123";
    for (let i = 0; i < 2; i++) {
      const response = await gate.get("/", { "X-Request-Id": id });
      expect(response.headers["x-request-id"]).toBe(id);
      expect(response.body).toContain(id);
    }
    expect((await gate.get("/")).body).not.toContain(id);
  });

  it("show a change of data at once and never one account's page to another", async () => {
    const [ada, bea] = [await gate.account("kept-ada@example.com"), await gate.account("kept-bea@example.com")];
    // React separates text parts with an empty comment.
    const dashboard = async (cookie: string) =>
      (await gate.get("/dashboard", { Cookie: cookie })).body.replaceAll("<!-- -->", "");
    expect(await dashboard(ada)).toContain("Hello, Ada");
    expect(await dashboard(ada)).toContain("Hello, Ada");

    const page = await gate.get("/settings/profile", { Cookie: bea });
    expect(page.status).toBe(200);
    const renamed = await gate.post(
      "/settings/profile",
      { name: "Beatrice", birthName: "Beatrice Ann Cole", birthDate: "1990-04-02", timezone: "Europe/London" },
      { Cookie: bea, Origin: gate.app.url },
    );
    expect(renamed.status).toBeLessThan(400);
    expect(await dashboard(bea)).toContain("Hello, Beatrice");
    expect(await dashboard(ada)).toContain("Hello, Ada");
    expect(await dashboard(ada)).not.toContain("Beatrice");
    gate.cleanRun();
  });
});

describe("answers already in memory (BytesResponse), as server.ts writes them", () => {
  const api = "/api/v1/numerology?birthName=Ada+Lovelace+Byron&birthDate=1815-12-10&today=2026-12-01";

  it.each([
    ["a page", "/"],
    ["an API answer", api],
  ])("send %s whole, with its length", async (_label, path) => {
    for (let i = 0; i < 2; i++) {
      const response = await gate.get(path);
      expect(response.status).toBe(200);
      expect(response.headers["transfer-encoding"]).toBeUndefined();
      expect(Number(response.headers["content-length"])).toBe(Buffer.byteLength(response.body));
    }
    expect(JSON.parse((await gate.get(api)).body).input.birthDate).toBe("1815-12-10");
  });

  it("answer HEAD with the headers and no body", async () => {
    const get = await gate.get(api);
    const head = await rawRequest(gate.app.port, { method: "HEAD", path: api });
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    expect(head.headers.etag).toBe(get.headers.etag);
  });

  it("compress for a client that asks, from the same bytes", async () => {
    const plain = await gate.get("/");
    const compressed = await rawRequest(gate.app.port, {
      path: "/",
      headers: { "Accept-Encoding": "gzip" },
      raw: true,
    });
    expect(compressed.headers["content-encoding"]).toBe("gzip");
    const html = gunzipSync(compressed.raw!).toString("utf8");
    const nonce = (response: { headers: Record<string, unknown> }) =>
      nonceOf(response.headers["content-security-policy"])!;
    expect(html.replaceAll(nonce(compressed), "N").replace(/[\w-]{36}/g, "I")).toBe(
      plain.body.replaceAll(nonce(plain), "N").replace(/[\w-]{36}/g, "I"),
    );
  });
});
