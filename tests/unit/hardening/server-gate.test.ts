import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { failedStart, rawRequest, type RawResponse } from "../../support/app-server";
import { gateServer } from "./gate-server";

/** The checks server.ts makes before any handler runs: origin, odd requests, caching headers, start-up. */
const gate = gateServer();
const { post, get, account, outboxMail } = gate;

describe("absolute URLs come from the trusted origin, never from the Host header", () => {
  it("refuses a request for another host with 400 before any handler runs: no reset mail to evil.example", async () => {
    await account("victim@example.com");
    // The account's own mail (verification, the sign-in notice) is logged before we start counting.
    const written = (subject: RegExp) => (l: { msg?: string; subject?: unknown }) =>
      l.msg === "mail written to outbox" && subject.test(String(l.subject));
    await gate.app.waitForLog(written(/New sign-in/));
    await gate.app.waitForLog(written(/Confirm your email/));
    const before = gate.app.logs.length;
    const forged = await post("/forgot-password", { email: "victim@example.com" }, { Host: "evil.example" });
    expect(forged.status).toBe(400);
    expect(forged.body).toBe("Unknown host.");
    // No handler ran: the gate's warning and the access line, and no mail.
    await gate.app.waitForLog((l) => l.level === 40 && l.msg === "Unknown host." && l.status === 400, before);
    await gate.app.waitForLog((l) => l.msg === "request" && l.status === 400, before);
    expect(gate.app.logs.slice(before).filter((l) => /outbox|mail/.test(l.msg))).toEqual([]);
  });

  it("mails links on http://localhost:PORT even when asked through another name the app answers to", async () => {
    await account("alias@example.com");
    const viaLoopback = await post(
      "/forgot-password",
      { email: "alias@example.com" },
      { Host: `127.0.0.1:${gate.app.port}` },
    );
    expect(viaLoopback.status).toBe(200);
    const mail = await outboxMail(/To: alias@example\.com[\s\S]*Reset your NumerAI password/);
    const links: string[] = mail.match(/https?:\/\/[^\s"<]+/g) ?? [];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.startsWith(`${gate.app.url}/reset-password?token=`)).toBe(true);

    // Outbox mode logs that a mail was written and where, never its text or its token.
    const token = new URL(links[0] ?? "").searchParams.get("token")!;
    const written = await gate.app.waitForLog(
      (l) => l.msg === "mail written to outbox" && l.to === "alias@example.com",
    );
    expect(written?.file).toMatch(/outbox\/.+\.eml$/);
    expect(written).not.toHaveProperty("text");
    expect(gate.app.logs.some((l) => JSON.stringify(l).includes(token))).toBe(false);
  });

  it("builds share links, Open Graph tags and the Google redirect from it", async () => {
    const cookie = await account("sharer@example.com");
    const host = { Host: `127.0.0.1:${gate.app.port}`, Cookie: cookie };
    const created = await post("/shares", { intent: "create", personId: "", showName: "on" }, host);
    expect(created.status).toBe(200);
    const shareUrl = created.body.match(/value="(https?:\/\/[^"]+\/s\/[\w-]{43})"/)?.[1];
    expect(shareUrl).toMatch(new RegExp(`^${gate.app.url}/s/`));

    const page = await get(new URL(shareUrl ?? "http://x/").pathname, { Host: `127.0.0.1:${gate.app.port}` });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta property="og:url" content="${shareUrl}"/>`);
    expect(page.body).toContain(`<meta property="og:image" content="${shareUrl}/og.png"/>`);

    const google = await post("/auth/google", {}, { Host: `127.0.0.1:${gate.app.port}` });
    expect(google.status).toBe(302);
    const redirectUri = new URL(String(google.headers.location)).searchParams.get("redirect_uri");
    expect(redirectUri).toBe(`${gate.app.url}/auth/google/callback`);
  });
});

describe("requests no browser of ours sends get a 4xx and a warning, never a 500 or an error log", () => {
  it("answers TRACE and other odd methods with 405 and the methods it takes", async () => {
    for (const method of ["TRACE", "OPTIONS", "PROPFIND"]) {
      const response = await rawRequest(gate.app.port, { method, path: "/" });
      expect(response.status, method).toBe(405);
      expect(response.headers.allow).toBe("GET, HEAD, POST");
    }
  });

  it("answers a same-origin post with a forged X-Forwarded-Host (Remix would throw) with a 4xx", async () => {
    const response = await post(
      "/login",
      { email: "a@example.com", password: "whatever-1" },
      { Origin: gate.app.url, "X-Forwarded-Host": "evil.example" },
    );
    expect(response.status).toBe(400); // the login form's own "don't match" answer: the header was ignored
    expect(response.body).toContain("don&#x27;t match an account");
  });

  it("logs no such page (404) and no such action (405) at info, not as errors", async () => {
    const before = gate.app.logs.length;
    expect((await get("/no-such-page")).status).toBe(404);
    expect((await post("/dashboard", { a: "1" })).status).toBe(405);
    // An unknown address is an ordinary page (the catch-all route's 404): its request line is its record.
    for (const status of [404, 405]) {
      const line = await gate.app.waitForLog(
        (l) => l.status === status && (status === 404 || l.msg !== "request"),
        before,
      );
      expect(line.level).toBe(30);
    }
    expect(gate.app.logs.slice(before).filter((l) => l.level >= 50)).toEqual([]);
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
    const db = new SQLite(gate.app.dbFile);
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
      const withJs = await post(
        "/settings/sessions.data",
        { intent: "nonsense" },
        { Cookie: cookie, Origin: gate.app.url },
      );
      expect(withJs.status).toBe(400);
      expect(renewed(withJs)).toBeDefined();
      // A form post without JavaScript, and the page it leads to.
      age();
      const noJs = await post("/settings/sessions", { intent: "nonsense" }, { Cookie: cookie, Origin: gate.app.url });
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
  it("logged no error and answered no 5xx", () => gate.cleanRun());
});
