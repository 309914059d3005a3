import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import {
  ensureFreshBuild,
  rawRequest,
  startAppServer,
  type AppServer,
  type RawResponse,
} from "../../support/app-server";

/**
 * server.ts as it runs in production, with the defaults: no APP_URL (so the origin is
 * http://localhost:PORT), no SMTP (mail is written to DATA_DIR/outbox), Google configured (only to see
 * the redirect it builds). Call once per test file: it starts the app before the file's tests and stops it after.
 */
export function gateServer() {
  let app: AppServer;
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
  const PASSWORD = "violet-harbour-lantern-42";

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

  /** No error logged and no 5xx answered over the whole file: the gate turns bad requests into 4xx. */
  const cleanRun = () => {
    expect(app.logs.filter((line) => line.level >= 50)).toEqual([]);
    expect(app.logs.filter((l) => l.msg === "request" && Number(l.status) >= 500)).toEqual([]);
  };

  return {
    get app() {
      return app;
    },
    post,
    get,
    account,
    outboxMail,
    cleanRun,
  };
}
