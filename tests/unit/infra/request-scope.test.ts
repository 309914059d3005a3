import { describe, expect, it } from "vitest";
import { oncePerRequest, openRequestScope } from "~/server/http/request-scope.server";

function scoped(method = "GET") {
  const headers = new Headers();
  const close = openRequestScope(headers);
  // Remix gives every loader its own copy of the request: the headers carry the scope over.
  const copy = () => new Request("http://localhost/page", { method, headers });
  return { copy, close };
}

describe("oncePerRequest", () => {
  it("computes once for all the copies of one GET request", () => {
    const { copy, close } = scoped();
    let runs = 0;
    expect([1, 2, 3].map(() => oncePerRequest(copy(), "n", () => ++runs))).toEqual([1, 1, 1]);
    close();
    expect(oncePerRequest(copy(), "n", () => ++runs)).toBe(2);
  });

  it("never shares between two requests, nor for a form post, nor outside a scope", () => {
    const a = scoped();
    const b = scoped();
    expect(oncePerRequest(a.copy(), "who", () => "a")).toBe("a");
    expect(oncePerRequest(b.copy(), "who", () => "b")).toBe("b");
    const post = scoped("POST");
    let runs = 0;
    oncePerRequest(post.copy(), "n", () => ++runs);
    oncePerRequest(post.copy(), "n", () => ++runs);
    expect(runs).toBe(2);
    const loose = new Request("http://localhost/", { headers: { "x-numerai-scope": "1" } });
    expect(oncePerRequest(loose, "who", () => "fresh")).toBe("fresh");
    for (const s of [a, b, post]) s.close();
  });
});
