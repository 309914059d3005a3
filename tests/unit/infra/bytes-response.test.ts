import { describe, expect, it } from "vitest";
import { BytesResponse, isBytesResponse } from "~/server/http/bytes-response.server";

const json = () =>
  new BytesResponse(Buffer.from('{"lifePath":7}'), { status: 201, headers: { "Content-Type": "application/json" } });

describe("BytesResponse", () => {
  it("is a Response with its status and headers, unread until something reads it", () => {
    const response = json();
    expect(response).toBeInstanceOf(Response);
    expect(isBytesResponse(response)).toBe(true);
    expect(isBytesResponse(new Response("<p>plain</p>"))).toBe(false);
    expect([response.status, response.headers.get("content-type"), response.bodyUsed]).toEqual([
      201,
      "application/json",
      false,
    ]);
  });

  it("reads through every fetch API method, once", async () => {
    expect(await json().json()).toEqual({ lifePath: 7 });
    expect(await json().text()).toBe('{"lifePath":7}');
    expect(Buffer.from(await json().arrayBuffer()).toString()).toBe('{"lifePath":7}');
    expect(Buffer.from(await json().bytes()).toString()).toBe('{"lifePath":7}');
    const blob = await json().blob();
    expect([blob.type, blob.size]).toEqual(["application/json", 14]);
    const read = json();
    await read.text();
    expect(read.bodyUsed).toBe(true);
    await expect(read.text()).rejects.toThrow(TypeError);
  });

  it("streams its body to a reader, as any Response", async () => {
    const response = json();
    const reader = response.body!.getReader();
    const chunks: Uint8Array[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    expect(Buffer.concat(chunks).toString()).toBe('{"lifePath":7}');
    expect(response.bodyUsed).toBe(true);
  });

  it("clones before its body is read, and refuses after", async () => {
    const response = json();
    const copy = response.clone();
    expect(copy).toBeInstanceOf(BytesResponse);
    expect([await response.text(), await copy.text(), copy.status]).toEqual(['{"lifePath":7}', '{"lifePath":7}', 201]);
    expect(() => response.clone()).toThrow(TypeError);
  });
});
