import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { startAppServer } from "../support/app-server";
import { startGoogleOAuthMock } from "../support/google-oauth-mock";
import { makeCertificate } from "../support/push-service";
import { startSmtpCapture } from "../support/smtp-capture";
import { startStripeLocal } from "../support/stripe-local/server";

const execFileAsync = promisify(execFile);
const STRIPE_KEY = "sk_test_numerai_e2e";
const WEBHOOK_SECRET = "whsec_numerai_e2e";
/** Operators for the refund test, one per project (both run at once). */
const E2E_ADMINS = ["operator-js@example.com", "operator-no-js@example.com"];

export default async function globalSetup() {
  mkdirSync("tests/.tmp", { recursive: true });
  const dir = mkdtempSync(path.resolve("tests/.tmp/e2e-"));
  const mailDir = path.join(dir, "mail");
  const smtp = await startSmtpCapture({ dir: mailDir });
  const google = await startGoogleOAuthMock();
  // Stripe's stand-in learns the app's webhook URL once the app has its port.
  const stripe = await startStripeLocal({ webhookSecret: WEBHOOK_SECRET });
  const stripeEnv = {
    STRIPE_SECRET_KEY: STRIPE_KEY,
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_URL: stripe.url,
  };
  await execFileAsync(process.execPath, ["--import", "tsx", "scripts/stripe-sync.ts"], {
    env: { PATH: process.env.PATH, NODE_ENV: "test", ...stripeEnv, DATA_DIR: dir, LOG_LEVEL: "silent" },
  });
  // Push services in the tests serve this certificate; the app trusts it as it would a real CA's.
  const pushTlsDir = path.join(dir, "push-tls");
  mkdirSync(pushTlsDir, { recursive: true });
  const pushTls = makeCertificate(pushTlsDir);

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
      ...stripeEnv,
      ADMIN_EMAILS: E2E_ADMINS.join(","),
      NODE_EXTRA_CA_CERTS: pushTls.certFile,
      LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? "error",
    },
  });
  // Without APP_URL the app's own origin is http://localhost:PORT, and links in mail point there.
  process.env.E2E_BASE_URL = app.url;
  process.env.E2E_MAIL_DIR = mailDir;
  process.env.E2E_OAUTH_ISSUER = google.issuer;
  process.env.E2E_DATA_DIR = dir;
  process.env.E2E_STRIPE_URL = stripe.url;
  process.env.E2E_STRIPE_KEY = STRIPE_KEY;
  stripe.webhookUrl = `http://127.0.0.1:${app.port}/webhooks/stripe`;
  process.env.E2E_PUSH_TLS_DIR = pushTlsDir;

  return async () => {
    await stripe.stop();
    await app.stop();
    await Promise.all([smtp.close(), google.stop()]);
  };
}
