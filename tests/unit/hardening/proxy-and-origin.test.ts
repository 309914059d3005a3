import { afterAll, describe, expect, it } from "vitest";
import { absoluteUrl, allowedHosts, normalizeHost, publicOrigin, setListeningPort } from "~/server/http/origin.server";
import { clientAddress, fromNearestProxy } from "~/server/http/proxy.server";
import { bodyKind, isFormContentType } from "~/server/http/request-body.server";
import { setupTestApp, type TestApp } from "../../support/test-app";

describe("client address behind TRUST_PROXY proxies", () => {
  const chain = "6.6.6.6, 203.0.113.7, 10.0.0.2";

  it("ignores X-Forwarded-For without proxies", () => {
    expect(clientAddress("198.51.100.1", chain, 0)).toBe("198.51.100.1");
  });

  it("takes the address `hops` from the right, never what the client wrote on the left", () => {
    // One proxy (the socket's peer, 10.0.0.9) appended the client's address last.
    expect(clientAddress("10.0.0.9", chain, 1)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.9", chain, 2)).toBe("203.0.113.7");
    expect(clientAddress("10.0.0.9", "1.1.1.1, 2.2.2.2, 203.0.113.7", 1)).toBe("203.0.113.7");
  });

  it("falls back to the leftmost entry when there are fewer entries than proxies, and to the socket without any", () => {
    expect(clientAddress("10.0.0.9", "203.0.113.7", 3)).toBe("203.0.113.7");
    expect(clientAddress("10.0.0.9", undefined, 1)).toBe("10.0.0.9");
  });

  it("believes X-Forwarded-Host/-Proto only from a proxy, and only its last value", () => {
    expect(fromNearestProxy("evil.example, numerai.example", 1)).toBe("numerai.example");
    expect(fromNearestProxy("numerai.example", 0)).toBeUndefined();
  });
});

describe("request bodies", () => {
  it("knows a form's content types, with or without parameters", () => {
    expect(isFormContentType("application/x-www-form-urlencoded;charset=UTF-8")).toBe(true);
    expect(isFormContentType("multipart/form-data; boundary=x")).toBe(true);
    expect(isFormContentType("application/json")).toBe(false);
    expect(isFormContentType(null)).toBe(false);
  });

  it("gives the JSON limit to the API, webhooks and JSON bodies, the form limit to the rest", () => {
    expect(bodyKind("/api/v1/numerology", "application/x-www-form-urlencoded")).toBe("json");
    expect(bodyKind("/webhooks/stripe", null)).toBe("json");
    expect(bodyKind("/login", "application/merge-patch+json")).toBe("json");
    expect(bodyKind("/login", "application/x-www-form-urlencoded")).toBe("form");
  });
});

describe("the trusted origin", () => {
  let app: TestApp | undefined;
  afterAll(async () => {
    setListeningPort(undefined);
    await app?.cleanup();
  });

  it("is http://localhost on the listening port without APP_URL, answering to loopback and ALLOWED_HOSTS", async () => {
    app = await setupTestApp({ env: { ALLOWED_HOSTS: "numerai.lan:8080" } });
    setListeningPort(4321);
    expect(publicOrigin()).toBe("http://localhost:4321");
    expect(absoluteUrl("/reset-password?token=abc")).toBe("http://localhost:4321/reset-password?token=abc");
    expect([...allowedHosts()].sort()).toEqual(["127.0.0.1:4321", "[::1]:4321", "localhost:4321", "numerai.lan:8080"]);
    await app.cleanup();

    app = await setupTestApp({ env: { APP_URL: "https://numerai.example", ALLOWED_HOSTS: "www.numerai.example" } });
    expect(absoluteUrl("/s/token")).toBe("https://numerai.example/s/token");
    // With APP_URL, loopback addresses are no longer the app's hosts.
    expect([...allowedHosts()].sort()).toEqual(["numerai.example", "www.numerai.example"]);
  });

  it("compares hosts without the scheme's default port", () => {
    expect(normalizeHost("Numerai.Example:443", "https:")).toBe("numerai.example");
    expect(normalizeHost("numerai.example:80", "https:")).toBe("numerai.example:80");
  });
});
