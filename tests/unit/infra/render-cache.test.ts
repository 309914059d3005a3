/** The page cache's rules (render-cache.server.ts): which pages are kept, and that a kept page is served. */
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { keepPage, keptPage, pageKey } from "~/server/http/render-cache.server";

const entry = (state: Partial<EntryContext["staticHandlerContext"]> = {}) =>
  ({
    staticHandlerContext: {
      statusCode: 200,
      loaderData: { root: { requestId: "x" } },
      actionData: null,
      errors: null,
      ...state,
    },
  }) as unknown as EntryContext;
const load = (extra: Partial<AppLoadContext> = {}) =>
  ({ nonce: "n", requestId: "x", ownRequestId: true, ip: null, serverHtml: new Map(), ...extra }) as AppLoadContext;
const get = (url = "http://localhost/page") => new Request(url);

describe("pageKey", () => {
  it("is the same for two requests that differ only in their request id, and differs with any data or URL", () => {
    const a = pageKey(get(), entry({ loaderData: { root: { requestId: "a", user: "Ada" } } }), load());
    const b = pageKey(get(), entry({ loaderData: { root: { requestId: "b", user: "Ada" } } }), load());
    expect(a).not.toBeNull();
    expect(b).toBe(a);
    expect(pageKey(get(), entry({ loaderData: { root: { requestId: "a", user: "Bea" } } }), load())).not.toBe(a);
    expect(
      pageKey(
        get("http://localhost/page?x=1"),
        entry({ loaderData: { root: { requestId: "a", user: "Ada" } } }),
        load(),
      ),
    ).not.toBe(a);
  });

  it("keeps no action answer, error, form post, streamed data or page whose request id the client chose", () => {
    expect(pageKey(new Request("http://localhost/page", { method: "POST" }), entry(), load())).toBeNull();
    expect(pageKey(get(), entry({ statusCode: 404 }), load())).toBeNull();
    expect(pageKey(get(), entry({ errors: { root: new Error("x") } }), load())).toBeNull();
    expect(pageKey(get(), entry({ actionData: { ok: true } }), load())).toBeNull();
    expect(pageKey(get(), entry({ loaderData: { page: { later: Promise.resolve(1) } } }), load())).toBeNull();
    expect(pageKey(get(), entry(), load({ ownRequestId: false }))).toBeNull();
  });

  it("names server-only HTML by the key it is kept under", () => {
    const html = (key: string) => load({ serverHtml: new Map([["body", { html: "<p>same</p>", key }]]) });
    expect(pageKey(get(), entry(), html("k1"))).not.toBe(pageKey(get(), entry(), html("k2")));
  });
});

describe("keptPage", () => {
  it("serves a kept page with this answer's nonce and request id in place of the first one's", () => {
    const key = `test ${randomUUID()}`;
    const [nonce, id] = ["Tm9uY2Ux+/==", randomUUID()];
    expect(keptPage(key, "other", randomUUID())).toBeUndefined();
    keepPage(
      key,
      Buffer.from(`<script nonce="${nonce}">x</script><script nonce="${nonce}">{"requestId":"${id}"}</script>`),
      nonce,
      id,
    );
    const [nonce2, id2] = ["U2Vjb25k", randomUUID()];
    expect(keptPage(key, nonce2, id2)?.toString()).toBe(
      `<script nonce="${nonce2}">x</script><script nonce="${nonce2}">{"requestId":"${id2}"}</script>`,
    );
  });

  it("keeps nothing when the request id occurs more than once", () => {
    const key = `test ${randomUUID()}`;
    const id = randomUUID();
    keepPage(key, Buffer.from(`<p>${id}</p><script nonce="n">"${id}"</script>`), "n", id);
    expect(keptPage(key, "m", randomUUID())).toBeUndefined();
  });
});
