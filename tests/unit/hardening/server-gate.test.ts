import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ensureFreshBuild,
  failedStart,
  rawRequest,
  startAppServer,
  type AppServer,
  type RawResponse,
} from "../../support/app-server";

/**
 * server.ts as it runs in production, with the defaults: no APP_URL (so the origin is
 * http://localhost:PORT), no SMTP (mail is written to DATA_DIR/outbox), Google configured (only to see
 * the redirect it builds).
 */

let app: AppServer;
const PASSWORD = "violet-harbour-lantern-42";
beforeAll(async () => {
  await ensureFreshBuild();
  app = await startAppServer({
    env: {
      RATE_LIMIT_PER_IP: "10000",
      GOOGLE_CLIENT_ID: "numerai-test",
      GOOGLE_CLIENT_SECRET: "numerai-test-secret",
      GOOGLE_AUTHORIZATION_URL: "http://127.0.0.1:9/authorize",
    },
  });
}, 120_000);
afterAll(() => app?.stop());

const formBody = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const post = (pathname: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  rawRequest(app.port, {
    method: "POST",
    path: pathname,
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    body: formBody(fields),
  });
const get = (pathname: string, headers: Record<string, string> = {}) =>
  rawRequest(app.port, { path: pathname, headers });
const cookieHeader = (response: RawResponse) => response.cookies.join("; ");

/** A signed-up, onboarded account made over HTTP; returns its session cookie. */
async function account(email: string): Promise<string> {
  expect((await post("/signup", { name: "Ada", email, password: PASSWORD })).status).toBe(200);
  const login = await post("/login", { email, password: PASSWORD });
  expect(login.status).toBe(302);
  const cookie = cookieHeader(login);
  const birth = { birthName: "Ada Lovelace Byron", birthDate: "1815-12-10", timezone: "Europe/London" };
  expect((await post("/onboarding", birth, { Cookie: cookie })).status).toBe(302);
  return cookie;
}

/** The text of the newest mail written to the outbox folder whose content matches, decoded from quoted-printable. */
async function outboxMail(match: RegExp): Promise<string> {
  const dir = path.join(app.dir, "outbox");
  const deadline = Date.now() + 10_000;
  for (;;) {
    const mails = existsSync(dir)
      ? readdirSync(dir)
          .sort()
          .reverse()
          .map((file) =>
            readFileSync(path.join(dir, file), "utf8")
              .replace(/=\r?\n/g, "")
              .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          )
      : [];
    const mail = mails.find((text) => match.test(text));
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`no mail matching ${match}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const errorLogs = () => app.logs.filter((line) => line.level >= 50);

describe("absolute URLs come from the trusted origin, never from the Host header", () => {
  it("refuses a request for another host with 400 before any handler runs: no reset mail to evil.example", async () => {
    await account("victim@example.com");
    // The account's own mail (verification, the sign-in notice) is logged before we start counting.
    const written = (subject: RegExp) => (l: { msg?: string; subject?: unknown }) =>
      l.msg === "mail written to outbox" && subject.test(String(l.subject));
    await app.waitForLog(written(/New sign-in/));
    await app.waitForLog(written(/Confirm your email/));
    const before = app.logs.length;
    const forged = await post("/forgot-password", { email: "victim@example.com" }, { Host: "evil.example" });
    expect(forged.status).toBe(400);
    expect(forged.body).toBe("Unknown host.");
    // No handler ran: the gate's warning and the access line, and no mail.
    await app.waitForLog((l) => l.level === 40 && l.msg === "Unknown host." && l.status === 400, before);
    await app.waitForLog((l) => l.msg === "request" && l.status === 400, before);
    expect(app.logs.slice(before).filter((l) => /outbox|mail/.test(l.msg))).toEqual([]);
  });

  it("mails links on http://localhost:PORT even when asked through another name the app answers to", async () => {
    await account("alias@example.com");
    const viaLoopback = await post(
      "/forgot-password",
      { email: "alias@example.com" },
      { Host: `127.0.0.1:${app.port}` },
    );
    expect(viaLoopback.status).toBe(200);
    const mail = await outboxMail(/To: alias@example\.com[\s\S]*Reset your NumerAI password/);
    const links: string[] = mail.match(/https?:\/\/[^\s"<]+/g) ?? [];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.startsWith(`${app.url}/reset-password?token=`)).toBe(true);

    // Outbox mode logs that a mail was written and where, never its text or its token.
    const token = new URL(links[0] ?? "").searchParams.get("token")!;
    const written = await app.waitForLog((l) => l.msg === "mail written to outbox" && l.to === "alias@example.com");
    expect(written?.file).toMatch(/outbox\/.+\.eml$/);
    expect(written).not.toHaveProperty("text");
    expect(app.logs.some((l) => JSON.stringify(l).includes(token))).toBe(false);
  });

  it("builds share links, Open Graph tags and the Google redirect from it", async () => {
    const cookie = await account("sharer@example.com");
    const host = { Host: `127.0.0.1:${app.port}`, Cookie: cookie };
    const created = await post("/shares", { intent: "create", personId: "", showName: "on" }, host);
    expect(created.status).toBe(200);
    const shareUrl = created.body.match(/value="(https?:\/\/[^"]+\/s\/[\w-]{43})"/)?.[1];
    expect(shareUrl).toMatch(new RegExp(`^${app.url}/s/`));

    const page = await get(new URL(shareUrl ?? "http://x/").pathname, { Host: `127.0.0.1:${app.port}` });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta property="og:url" content="${shareUrl}"/>`);
    expect(page.body).toContain(`<meta property="og:image" content="${shareUrl}/og.png"/>`);

    const google = await post("/auth/google", {}, { Host: `127.0.0.1:${app.port}` });
    expect(google.status).toBe(302);
    const redirectUri = new URL(String(google.headers.location)).searchParams.get("redirect_uri");
    expect(redirectUri).toBe(`${app.url}/auth/google/callback`);
  });
});

describe("requests no browser of ours sends get a 4xx and a warning, never a 500 or an error log", () => {
  it("answers TRACE and other odd methods with 405 and the methods it takes", async () => {
    for (const method of ["TRACE", "OPTIONS", "PROPFIND"]) {
      const response = await rawRequest(app.port, { method, path: "/" });
      expect(response.status, method).toBe(405);
      expect(response.headers.allow).toBe("GET, HEAD, POST");
    }
  });

  it("answers a same-origin post with a forged X-Forwarded-Host (Remix would throw) with a 4xx", async () => {
    const response = await post(
      "/login",
      { email: "a@example.com", password: "whatever-1" },
      { Origin: app.url, "X-Forwarded-Host": "evil.example" },
    );
    expect(response.status).toBe(400); // the login form's own "don't match" answer: the header was ignored
    expect(response.body).toContain("don&#x27;t match an account");
  });

  it("logs no such page (404) and no such action (405) at info, not as errors", async () => {
    const before = app.logs.length;
    expect((await get("/no-such-page")).status).toBe(404);
    expect((await post("/dashboard", { a: "1" })).status).toBe(405);
    // An unknown address is an ordinary page (the catch-all route's 404): its request line is its record.
    for (const status of [404, 405]) {
      const line = await app.waitForLog((l) => l.status === status && (status === 404 || l.msg !== "request"), before);
      expect(line.level).toBe(30);
    }
    expect(app.logs.slice(before).filter((l) => l.level >= 50)).toEqual([]);
  });
});

/** Sends a declared or chunked body as fast as the server takes it; resolves with the answer and how much got in. */
function upload(options: { declared?: number; total: number; pathname?: string; contentType?: string }) {
  return new Promise<{ status: number; sent: number }>((resolve) => {
    const socket = connect(app.port, "127.0.0.1");
    const head = [
      `POST ${options.pathname ?? "/login"} HTTP/1.1`,
      `Host: localhost:${app.port}`,
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
  const status = readFileSync(`/proc/${app.child.pid}/status`, "utf8");
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
      rawRequest(app.port, {
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
    const response = await rawRequest(app.port, {
      method: "POST",
      path: "/login",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "a=&".repeat(10_000),
    });
    expect(response.status).toBe(413);
    expect(response.body).toContain("<p>The form has too many fields.</p>");
  });
});

describe("caching and the session cookie", () => {
  it("marks every session-dependent response private, no-store, and says how long a public share page may be cached", async () => {
    const cookie = await account("cached@example.com");
    const person = await post(
      "/people/new",
      { name: "Sam", birthName: "Samuel Peter Jones", birthDate: "1990-05-17", relation: "partner" },
      { Cookie: cookie },
    );
    const personPage = String(person.headers.location);
    for (const pathname of [
      "/dashboard",
      personPage,
      "/report",
      "/shares",
      "/settings/profile",
      "/settings/password",
      "/settings/sessions",
      "/settings/privacy",
      "/dashboard.data",
    ]) {
      const response = await get(pathname, { Cookie: cookie });
      expect(response.status, pathname).toBe(200);
      expect(response.headers["cache-control"], pathname).toBe("private, no-store");
    }

    const created = await post("/shares", { intent: "create", personId: "" }, { Cookie: cookie });
    const sharePath = new URL(created.body.match(/value="(https?:\/\/[^"]+\/s\/[\w-]{43})"/)![1]).pathname;
    // Stored but asked again every time: a revoked link stops opening at once, even from a cache.
    expect((await get(sharePath)).headers["cache-control"]).toBe("public, no-cache");
    expect((await get(`${sharePath}/og.png`)).headers["cache-control"]).toBe("public, max-age=300");
    // Signed in, the same page shows the visitor's own account in its header.
    expect((await get(sharePath, { Cookie: cookie })).headers["cache-control"]).toBe("private, no-store");
  });

  it("re-sends the sliding session cookie on data requests and form posts, not only on full page loads", async () => {
    const cookie = await account("slider@example.com");
    const db = new SQLite(app.dbFile);
    const age = () =>
      db
        .prepare("update sessions set last_seen_at = ? where user_id = (select id from users where email = ?)")
        .run(Date.now() - 2 * 60 * 60 * 1000, "slider@example.com");
    const renewed = (response: RawResponse) =>
      [response.headers["set-cookie"] ?? []]
        .flat()
        .find((c) => c.startsWith("__session=") && /Max-Age=2592000/.test(c));
    try {
      // A client-side navigation loads only the new route's data (not the root's).
      age();
      expect(
        renewed(await get("/settings/profile.data?_routes=routes%2Fsettings.profile", { Cookie: cookie })),
      ).toBeDefined();
      // A form post with JavaScript on.
      age();
      const withJs = await post("/settings/sessions.data", { intent: "nonsense" }, { Cookie: cookie, Origin: app.url });
      expect(withJs.status).toBe(400);
      expect(renewed(withJs)).toBeDefined();
      // A form post without JavaScript, and the page it leads to.
      age();
      const noJs = await post("/settings/sessions", { intent: "nonsense" }, { Cookie: cookie, Origin: app.url });
      expect(noJs.status).toBe(400);
      expect(renewed(noJs)).toBeDefined();
    } finally {
      db.close();
    }
  });

  it("sends a Content-Security-Policy without 'unsafe-inline' for styles", async () => {
    const csp = String(
      (await get("/calculator?birthName=Ada+Lovelace&birthDate=1815-12-10")).headers["content-security-policy"],
    );
    expect(csp).toMatch(/style-src 'self'(;|$)/);
    expect(csp).not.toContain("unsafe-inline");
  });
});

describe("start-up", () => {
  it("refuses to start in production without APP_URL, or with a NUMERAI_BUILD_DIR outside the project, saying why", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "numerai-start-"));
    try {
      const [production, buildOutside] = await Promise.all([
        failedStart({ NODE_ENV: "production", DATA_DIR: dir }),
        failedStart({ NUMERAI_BUILD_DIR: dir, DATA_DIR: dir }),
      ]);
      expect(production.code).toBe(1);
      expect(production.output).toMatch(/APP_URL: must be set in production/);
      expect(buildOutside.code).toBe(1);
      expect(buildOutside.output).toMatch(/NUMERAI_BUILD_DIR must be a folder inside the project/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the whole run", () => {
  it("logged no error and answered no 5xx", () => {
    expect(errorLogs()).toEqual([]);
    expect(app.logs.filter((l) => l.msg === "request" && Number(l.status) >= 500)).toEqual([]);
  });
});
