import { randomUUID } from "node:crypto";
import SQLite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureFreshBuild, rawRequest, startAppServer, type AppServer } from "../../support/app-server";
import { startSmtpCapture } from "../../support/smtp-capture";

/**
 * server.ts configured for production behind one proxy: APP_URL, a second name in ALLOWED_HOSTS,
 * TRUST_PROXY=1, and an SMTP server that takes 300 ms to accept a message (as a distant one might).
 */

const ORIGIN = "https://numerai.example";
const SMTP_DELAY_MS = 300;
let app: AppServer;
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
beforeAll(async () => {
  await ensureFreshBuild();
  smtp = await startSmtpCapture({ delayMs: SMTP_DELAY_MS });
  app = await startAppServer({
    env: {
      APP_URL: ORIGIN,
      ALLOWED_HOSTS: "www.numerai.example",
      TRUST_PROXY: "1",
      SMTP_URL: smtp.url,
      RATE_LIMIT_PER_IP: "5",
    },
  });
}, 120_000);
afterAll(async () => {
  await app?.stop();
  await smtp?.close();
});

let client = 0;
/** A request as our proxy passes it on: the client's address appended to X-Forwarded-For, the scheme in -Proto. */
function viaProxy(
  pathname: string,
  options: {
    host?: string;
    fields?: Record<string, string>;
    forwardedFor?: string;
    headers?: Record<string, string>;
  } = {},
) {
  const clientIp = options.forwardedFor ?? `203.0.113.${(client++ % 250) + 1}, 198.51.100.${client % 250}`;
  return rawRequest(app.port, {
    method: options.fields ? "POST" : "GET",
    path: pathname,
    headers: {
      Host: options.host ?? "numerai.example",
      "X-Forwarded-For": clientIp,
      "X-Forwarded-Proto": "https",
      ...(options.fields ? { "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN } : {}),
      ...options.headers,
    },
    body: options.fields ? new URLSearchParams(options.fields).toString() : undefined,
  });
}

/** Accounts written straight into the app's database (their passwords are never used here). */
function seedAccounts(emails: string[]) {
  const db = new SQLite(app.dbFile);
  const insert = db.prepare(
    "insert into users (id, email, name, password_hash, created_at, updated_at) values (?, ?, 'Seed', 'scrypt$unused', ?, ?)",
  );
  for (const email of emails) insert.run(randomUUID(), email, Date.now(), Date.now());
  db.close();
}

describe("behind a proxy, with APP_URL", () => {
  it("answers only to APP_URL's host and ALLOWED_HOSTS, as the proxy reports them", async () => {
    expect((await viaProxy("/login")).status).toBe(200);
    expect((await viaProxy("/login", { host: "www.numerai.example" })).status).toBe(200);
    expect((await viaProxy("/login", { host: `127.0.0.1:${app.port}` })).status).toBe(400);
    expect((await viaProxy("/login", { host: `localhost:${app.port}` })).status).toBe(400);
    // The proxy's word on the host counts (TRUST_PROXY): a forged one is refused, the real one accepted.
    const forged = { host: "numerai.example", headers: { "X-Forwarded-Host": "evil.example" } };
    expect((await viaProxy("/login", forged)).status).toBe(400);
    const rewritten = { host: `127.0.0.1:${app.port}`, headers: { "X-Forwarded-Host": "numerai.example" } };
    expect((await viaProxy("/login", rewritten)).status).toBe(200);
  });

  it("refuses a post to another Host with the right Origin with 400, where Remix's own check answered 500", async () => {
    const response = await viaProxy("/login", {
      host: "other.example",
      fields: { email: "a@example.com", password: "whatever-1" },
    });
    expect(response.status).toBe(400);
    expect(app.logs.filter((l) => l.level >= 50)).toEqual([]);
  });

  it("mails links on APP_URL even when the request came through another allowed name", async () => {
    seedAccounts(["www.user@example.com"]);
    const asked = await viaProxy("/forgot-password", {
      host: "www.numerai.example",
      fields: { email: "www.user@example.com" },
      headers: { Origin: "https://www.numerai.example" },
    });
    expect(asked.status).toBe(200);
    const link = await smtp.waitForLink("www.user@example.com", /reset your numerai password/i);
    expect(link).toMatch(/^https:\/\/numerai\.example\/reset-password\?token=[\w-]{43}$/);
  });

  it("counts the client address the proxy saw, not the first X-Forwarded-For entry the client wrote", async () => {
    // Per-IP limit 5: six logins from one client, each claiming another address first, are still one client.
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await viaProxy("/login", {
        fields: { email: `nobody${i}@example.com`, password: "not-a-real-one" },
        forwardedFor: `10.66.${i}.1, 192.0.2.77`,
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
  });
});

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const quartileSpread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * 0.75)] - sorted[Math.floor(sorted.length * 0.25)];
};

describe("forgot-password timing", () => {
  it("takes as long for an existing account as for an unknown email: the difference is under the noise of a request that does nothing", async () => {
    const SAMPLES = 25;
    const known = Array.from({ length: SAMPLES }, (_, i) => `timed.known.${i}@example.com`);
    const unknown = Array.from({ length: SAMPLES }, (_, i) => `timed.unknown.${i}@example.com`);
    seedAccounts(known);
    const timed = async (email: string) => {
      const started = process.hrtime.bigint();
      const response = await viaProxy("/forgot-password", { fields: { email } });
      expect(response.status).toBe(200);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    // Warm up both paths, then alternate (in a shuffled order) so drift hits both alike.
    await timed("warm.unknown@example.com");
    seedAccounts(["warm.known@example.com"]);
    await timed("warm.known@example.com");
    const times = { known: [] as number[], unknown: [] as number[] };
    for (let i = 0; i < SAMPLES; i++) {
      const pair: Array<["known" | "unknown", string]> = [
        ["known", known[i]],
        ["unknown", unknown[i]],
      ];
      if (Math.random() < 0.5) pair.reverse();
      for (const [kind, email] of pair) times[kind].push(await timed(email));
    }
    const difference = Math.abs(median(times.known) - median(times.unknown));
    const noise = quartileSpread(times.unknown);
    console.log(
      `forgot-password over ${SAMPLES} requests each: existing ${median(times.known).toFixed(1)} ms, ` +
        `unknown ${median(times.unknown).toFixed(1)} ms (median); difference ${difference.toFixed(1)} ms; ` +
        `noise (interquartile range of the unknown-email requests) ${noise.toFixed(1)} ms`,
    );
    expect(difference).toBeLessThan(Math.max(noise, 1));
    // The mails were still sent, after the replies.
    await smtp.waitForLink(known[SAMPLES - 1], /reset your numerai password/i, 30_000);
  }, 60_000);
});
