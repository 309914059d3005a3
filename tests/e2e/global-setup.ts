import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { startGoogleOAuthMock } from "../support/google-oauth-mock";
import { startSmtpCapture } from "../support/smtp-capture";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`app did not become healthy at ${url}`);
}

export default async function globalSetup() {
  mkdirSync("tests/.tmp", { recursive: true });
  const dir = mkdtempSync(path.resolve("tests/.tmp/e2e-"));
  const mailDir = path.join(dir, "mail");
  const smtp = await startSmtpCapture({ dir: mailDir });
  const google = await startGoogleOAuthMock();
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;

  const app = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "test",
      PORT: String(port),
      HOST: "127.0.0.1",
      APP_URL: baseUrl,
      DATA_DIR: dir,
      DATABASE_URL: `file:${path.join(dir, "numerai.db")}`,
      SMTP_URL: smtp.url,
      GOOGLE_CLIENT_ID: "numerai-e2e",
      GOOGLE_CLIENT_SECRET: "numerai-e2e-secret",
      GOOGLE_AUTHORIZATION_URL: google.authorizationUrl,
      GOOGLE_TOKEN_URL: google.tokenUrl,
      GOOGLE_USERINFO_URL: google.userinfoUrl,
      RATE_LIMIT_PER_IP: "10000",
      LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? "error",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitForHealth(`${baseUrl}/healthz`, 30_000);

  process.env.E2E_BASE_URL = baseUrl;
  process.env.E2E_MAIL_DIR = mailDir;
  process.env.E2E_OAUTH_ISSUER = google.issuer;
  process.env.E2E_DATA_DIR = dir;

  return async () => {
    app.kill("SIGTERM");
    await new Promise((resolve) => app.once("exit", resolve));
    await Promise.all([smtp.close(), google.stop()]);
  };
}
