import { readFileSync } from "node:fs";
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { rawRequest } from "../../support/app-server";
import { gateServer } from "./gate-server";

/** server.ts caps request bodies before reading them (declared, chunked, JSON, field count). */
const gate = gateServer();
/** Sends a declared or chunked body as fast as the server takes it; resolves with the answer and how much got in. */
function upload(options: { declared?: number; total: number; pathname?: string; contentType?: string }) {
  return new Promise<{ status: number; sent: number }>((resolve) => {
    const socket = connect(gate.app.port, "127.0.0.1");
    const head = [
      `POST ${options.pathname ?? "/login"} HTTP/1.1`,
      `Host: localhost:${gate.app.port}`,
      `Content-Type: ${options.contentType ?? "application/x-www-form-urlencoded"}`,
      options.declared === undefined ? "Transfer-Encoding: chunked" : `Content-Length: ${options.declared}`,
      "",
      "",
    ].join("\r\n");
    let answer = "";
    let sent = 0;
    let finished = false;
    const chunk = Buffer.alloc(64 * 1024, "a");
    const finish = () => {
      if (finished) return;
      finished = true;
      socket.destroy();
      resolve({ status: Number(answer.match(/^HTTP\/1\.1 (\d{3})/)?.[1] ?? 0), sent });
    };
    socket.on("data", (data: Buffer) => {
      answer += data.toString("latin1");
      if (/\r\n\r\n/.test(answer)) finish();
    });
    socket.on("error", finish);
    socket.on("close", finish);
    socket.write(head);
    // One chunk per turn of the event loop, so the answer is read as soon as it comes, as an HTTP client would.
    const pump = () => {
      if (finished || sent >= options.total) return;
      const piece = options.declared === undefined ? `${chunk.length.toString(16)}\r\n` : "";
      const ok = socket.write(piece ? Buffer.concat([Buffer.from(piece), chunk, Buffer.from("\r\n")]) : chunk);
      sent += chunk.length;
      if (ok) setImmediate(pump);
      else socket.once("drain", () => setImmediate(pump));
    };
    pump();
  });
}

const rss = () => {
  const status = readFileSync(`/proc/${gate.app.child.pid}/status`, "utf8");
  return Number(status.match(/VmRSS:\s+(\d+)/)![1]) * 1024;
};

describe("request bodies are capped before they are read", () => {
  const HUNDRED_MB = 100 * 1024 * 1024;

  it("refuses a declared 100 MB form at once, without reading it", async () => {
    const started = Date.now();
    const { status } = await upload({ declared: HUNDRED_MB, total: 0 });
    expect(status).toBe(413);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("stops reading two concurrent chunked 100 MB bodies at the 64 KB form limit, holding none of it", async () => {
    const before = rss();
    const uploads = await Promise.all([upload({ total: HUNDRED_MB }), upload({ total: HUNDRED_MB })]);
    for (const { status, sent } of uploads) {
      expect(status).toBe(413);
      // What got in before the server answered and closed: socket buffers, not 100 MB.
      expect(sent).toBeLessThan(32 * 1024 * 1024);
    }
    expect(rss() - before).toBeLessThan(48 * 1024 * 1024);
  });

  it("gives JSON endpoints 1 MB: more is refused, less gets through to the route", async () => {
    const json = (size: number) =>
      rawRequest(gate.app.port, {
        method: "POST",
        path: "/api/v1/numerology",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ pad: "x".repeat(size) }),
      });
    // Refused on its declared length while it is still being sent: read as a client that may see the
    // connection close mid-upload (EPIPE) after the answer.
    const twoMb = 2 * 1024 * 1024;
    const refused = await upload({
      declared: twoMb,
      total: twoMb,
      pathname: "/api/v1/numerology",
      contentType: "application/json",
    });
    expect(refused.status).toBe(413);
    expect((await json(512 * 1024)).status).toBe(405); // read, and the route takes no POST
  });

  it("caps the number of form fields", async () => {
    const response = await rawRequest(gate.app.port, {
      method: "POST",
      path: "/login",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "a=&".repeat(10_000),
    });
    expect(response.status).toBe(413);
    expect(response.body).toContain("<p>The form has too many fields.</p>");
  });
});

describe("the whole run", () => {
  it("logged no error and answered no 5xx", () => gate.cleanRun());
});
