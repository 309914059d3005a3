import { randomBytes } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const intFrom = (fallback: number) => z.coerce.number().int().positive().default(fallback);
/** A cache size: 0 turns the cache off. */
const sizeFrom = (fallback: number) => z.coerce.number().int().min(0).default(fallback);
/** A comma-separated list, trimmed and lower-cased, empty entries dropped. */
const lowerCaseList = z
  .string()
  .default("")
  .transform((list) =>
    list
      .split(",")
      .map((item) => item.trim().toLowerCase())
      .filter(Boolean),
  );
const optionalUrl = z.url().optional();
/** `host` or `host:port`, as a browser sends it in the Host header. */
const HOST_PATTERN = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/;
const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);

/** Every variable the app reads, with its embedded default. README's configuration table mirrors this. */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  APP_URL: z
    .url({ protocol: /^https?$/ })
    .refine((url) => {
      const parsed = URL.canParse(url) ? new URL(url) : null;
      return !parsed || (parsed.pathname === "/" && !parsed.search);
    }, "must be an origin, e.g. https://numerai.example")
    .optional(),
  ALLOWED_HOSTS: lowerCaseList.refine(
    (hosts) => hosts.every((host) => HOST_PATTERN.test(host)),
    "a comma-separated list of host or host:port",
  ),
  DATA_DIR: z.string().default("./data"),
  DATABASE_URL: z.string().default("file:./data/numerai.db"),
  DATABASE_AUTH_TOKEN: z.string().optional(),
  /** Overrides the driver the URL's scheme picks: `libsql` runs a `file:` database through @libsql/client. */
  DATABASE_DRIVER: z.enum(["better-sqlite3", "libsql"]).optional(),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** How many proxies stand in front of the app: `true` means one, `false` none. */
  TRUST_PROXY: z
    .union([z.enum(["true", "false"]), z.coerce.number().int().min(0).max(10)], {
      error: "must be true, false or a number of proxies (0-10)",
    })
    .default(0)
    .transform((v) => (v === "true" ? 1 : v === "false" ? 0 : v)),
  SMTP_URL: optionalUrl,
  MAIL_FROM: z.string().default("NumerAI <no-reply@numerai.local>"),
  GOOGLE_CLIENT_ID: z.string().optional(),
  GOOGLE_CLIENT_SECRET: z.string().optional(),
  GOOGLE_AUTHORIZATION_URL: z.url().default("https://accounts.google.com/o/oauth2/v2/auth"),
  GOOGLE_TOKEN_URL: z.url().default("https://oauth2.googleapis.com/token"),
  GOOGLE_USERINFO_URL: z.url().default("https://openidconnect.googleapis.com/v1/userinfo"),
  RATE_LIMIT_LOGIN_FAILURES: intFrom(10),
  RATE_LIMIT_ACCOUNT_FAILURES: intFrom(50),
  RATE_LIMIT_WINDOW_MINUTES: intFrom(15),
  RATE_LIMIT_PER_IP: intFrom(30),
  SHUTDOWN_TIMEOUT_MS: intFrom(10_000),
  /** Messages to the AI guide per user per minute (the daily allowance comes from the plan). */
  RATE_LIMIT_AI_PER_MINUTE: intFrom(10),
  /** Any OpenAI-compatible chat API; without both the embedded guide answers. */
  AI_BASE_URL: optionalUrl,
  AI_API_KEY: z.string().optional(),
  AI_MODEL: z.string().optional(),
  AI_TIMEOUT_MS: intFrom(60_000),
  MAX_FORM_BYTES: intFrom(64 * 1024),
  /** Rendered report bodies kept in memory (report-html.server.tsx), in characters; 0 keeps none. */
  REPORT_CACHE_CHARS: sizeFrom(8 * 1024 * 1024),
  /** Rendered pages kept in memory by URL and loader data (render-cache.server.ts), in bytes; 0 keeps none. */
  PAGE_CACHE_BYTES: sizeFrom(16 * 1024 * 1024),
  MAX_JSON_BYTES: intFrom(1024 * 1024),
  MAX_FORM_FIELDS: intFrom(100),
  /** Where people write about their data; shown on the privacy policy and terms. */
  CONTACT_EMAIL: z.email().default("privacy@numerai.local"),
  /** Web push (VAPID) keys as web-push prints them; without both, a pair is generated into DATA_DIR. */
  VAPID_PUBLIC_KEY: z
    .string()
    .regex(/^[\w-]{80,100}$/, "a base64url P-256 public key")
    .optional(),
  VAPID_PRIVATE_KEY: z
    .string()
    .regex(/^[\w-]{40,50}$/, "a base64url P-256 private key")
    .optional(),
  /** Who push services may contact about our traffic; defaults to mailto:CONTACT_EMAIL. */
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:|https:\/\/)\S+$/, "a mailto: or https: URL")
    .optional(),
  /** Stripe: without a secret key the app runs and says payments aren't set up. */
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  /** Another base URL for Stripe's API (the local stand-in, `npm run stripe:local`). */
  STRIPE_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Verified accounts with these emails may refund payments at /admin/billing. */
  ADMIN_EMAILS: lowerCaseList,
});

export type Env = z.infer<typeof schema> & {
  SESSION_SECRET: string;
  sessionSecretSource: "env" | "file";
  googleEnabled: boolean;
  remoteAiEnabled: boolean;
  billingEnabled: boolean;
};

export class ConfigError extends Error {}

/** Parses a whole environment; throws a ConfigError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, emptyToUndefined(v)]));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const env = result.data;
  if (env.NODE_ENV === "production" && !env.APP_URL) {
    throw new ConfigError(
      "Invalid configuration:\n  APP_URL: must be set in production, to the public origin people use (e.g. https://numerai.example); links in mail, share links and the Google redirect are built from it",
    );
  }
  if (Boolean(env.GOOGLE_CLIENT_ID) !== Boolean(env.GOOGLE_CLIENT_SECRET)) {
    throw new ConfigError("Invalid configuration:\n  GOOGLE_CLIENT_ID / GOOGLE_CLIENT_SECRET: set both or neither");
  }
  if (Boolean(env.VAPID_PUBLIC_KEY) !== Boolean(env.VAPID_PRIVATE_KEY)) {
    throw new ConfigError("Invalid configuration:\n  VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY: set both or neither");
  }
  if (Boolean(env.AI_BASE_URL) !== Boolean(env.AI_MODEL)) {
    throw new ConfigError(
      "Invalid configuration:\n  AI_BASE_URL / AI_MODEL: set both (to use a remote model) or neither",
    );
  }
  const secret = env.SESSION_SECRET ?? readOrCreateSecret(env.DATA_DIR);
  return {
    ...env,
    SESSION_SECRET: secret,
    sessionSecretSource: env.SESSION_SECRET ? "env" : "file",
    googleEnabled: Boolean(env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET),
    remoteAiEnabled: Boolean(env.AI_BASE_URL && env.AI_MODEL),
    billingEnabled: Boolean(env.STRIPE_SECRET_KEY),
  };
}

/** A secret generated once and kept beside the data, so sessions survive restarts with zero config. */
function readOrCreateSecret(dataDir: string): string {
  const file = path.resolve(dataDir, "session-secret");
  if (!existsSync(file)) writeFileOnce(file, randomBytes(32).toString("base64url"));
  const existing = readFileSync(file, "utf8").trim();
  if (existing.length < 32) {
    throw new ConfigError(
      `Invalid configuration:\n  SESSION_SECRET: ${file} holds fewer than 32 characters; delete it to make a new one`,
    );
  }
  return existing;
}

/**
 * Two processes starting at once (the app and a job) must end up with the same generated secret, and
 * neither may read a half-written file: write a private temp file whole, then link it into place, which
 * fails for the loser of the race, who then reads the winner's.
 */
export function writeFileOnce(file: string, content: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(temp, content, { mode: 0o600 });
  try {
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    unlinkSync(temp);
  }
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Tests change configuration between cases; production never calls this. */
export function resetEnvForTests() {
  cached = undefined;
}
