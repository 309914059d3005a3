import { describe, expect, it } from "vitest";
import { isForeignOriginRequest } from "~/server/http/same-origin.server";

const APP = "https://numerai.example";
const check = (method: string, headers: Record<string, string>) =>
  isForeignOriginRequest(method, new Headers(headers), APP);

describe("isForeignOriginRequest", () => {
  it("flags a cross-site POST by its Origin", () => {
    expect(check("POST", { Origin: "https://evil.example" })).toBe(true);
    expect(check("post", { Origin: "http://numerai.example" })).toBe(true); // scheme matters
    expect(check("DELETE", { Origin: "https://numerai.example.evil.example" })).toBe(true);
    expect(check("POST", { Origin: "null" })).toBe(true); // sandboxed frames and data: URLs
  });

  it("lets a same-origin POST through", () => {
    expect(check("POST", { Origin: APP })).toBe(false);
    expect(check("PUT", { Origin: APP, "Sec-Fetch-Site": "same-origin" })).toBe(false);
    expect(check("POST", { "Sec-Fetch-Site": "none" })).toBe(false); // typed into the address bar
  });

  it("never flags safe methods", () => {
    expect(check("GET", { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" })).toBe(false);
    expect(check("HEAD", { Origin: "https://evil.example" })).toBe(false);
    expect(check("OPTIONS", { "Sec-Fetch-Site": "cross-site" })).toBe(false);
  });

  it("lets a request without browser headers through (server-to-server)", () => {
    expect(check("POST", {})).toBe(false);
  });

  it("flags Sec-Fetch-Site cross-site or same-site even when Origin is missing or looks right", () => {
    expect(check("POST", { "Sec-Fetch-Site": "cross-site" })).toBe(true);
    expect(check("POST", { "Sec-Fetch-Site": "cross-site", Origin: APP })).toBe(true);
    expect(check("POST", { "Sec-Fetch-Site": "same-site" })).toBe(true);
  });
});
