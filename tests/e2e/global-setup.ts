import { mkdirSync, mkdtempSync } from "node:fs";
import path from "node:path";
import { startAppServer } from "../support/app-server";
import { startGoogleOAuthMock } from "../support/google-oauth-mock";
import { startSmtpCapture } from "../support/smtp-capture";

export default async function globalSetup() {
  mkdirSync("tests/.tmp", { recursive: true });
  const dir = mkdtempSync(path.resolve("tests/.tmp/e2e-"));
  const mailDir = path.join(dir, "mail");
  const smtp = await startSmtpCapture({ dir: mailDir });
  const google = await startGoogleOAuthMock();

  const app = await startAppServer({
    dir,
    logs: "inherit",
    env: {
      SMTP_URL: smtp.url,
      GOOGLE_CLIENT_ID: "numerai-e2e",
      GOOGLE_CLIENT_SECRET: "numerai-e2e-secret",
      GOOGLE_AUTHORIZATION_URL: google.authorizationUrl,
      GOOGLE_TOKEN_URL: google.tokenUrl,
      GOOGLE_USERINFO_URL: google.userinfoUrl,
      RATE_LIMIT_PER_IP: "10000",
      LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? "error",
    },
  });
  // Without APP_URL the app's own origin is http://localhost:PORT, and links in mail point there.
  process.env.E2E_BASE_URL = app.url;
  process.env.E2E_MAIL_DIR = mailDir;
  process.env.E2E_OAUTH_ISSUER = google.issuer;
  process.env.E2E_DATA_DIR = dir;

  return async () => {
    await app.stop();
    await Promise.all([smtp.close(), google.stop()]);
  };
}
