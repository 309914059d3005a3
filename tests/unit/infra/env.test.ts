import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "~/server/config/env.server";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "numerai-env-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const SECRET = "an-explicit-secret-of-at-least-32-characters";

function configError(source: Record<string, string | undefined>): ConfigError {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("parseEnv accepted the configuration");
}

describe("parseEnv", () => {
  it.each([
    ["PORT", "not-a-port"],
    ["PORT", "70000"],
    ["PORT", "3000.5"],
    ["SMTP_URL", "not a url"],
    ["APP_URL", "numerai.example"],
    ["APP_URL", "https://numerai.example/app"],
    ["APP_URL", "ftp://numerai.example"],
    ["ALLOWED_HOSTS", "https://www.numerai.example"],
    ["TRUST_PROXY", "yes"],
    ["TRUST_PROXY", "-1"],
    ["MAX_FORM_BYTES", "0"],
    ["NODE_ENV", "staging"],
    ["RATE_LIMIT_LOGIN_FAILURES", "0"],
    ["SESSION_SECRET", "too-short"],
  ])("throws a ConfigError naming %s when it is %j", (name, value) => {
    const error = configError({ DATA_DIR: dir, SESSION_SECRET: SECRET, [name]: value });
    expect(error.message).toMatch(new RegExp(`^\\s+${name}: `, "m"));
  });

  it("names every bad variable at once", () => {
    const error = configError({ DATA_DIR: dir, SESSION_SECRET: SECRET, PORT: "x", SMTP_URL: "y" });
    expect(error.message).toMatch(/PORT/);
    expect(error.message).toMatch(/SMTP_URL/);
  });

  it("insists on both Google credentials or neither", () => {
    expect(configError({ DATA_DIR: dir, SESSION_SECRET: SECRET, GOOGLE_CLIENT_ID: "id" }).message).toMatch(
      /GOOGLE_CLIENT_ID/,
    );
    expect(
      parseEnv({ DATA_DIR: dir, SESSION_SECRET: SECRET, GOOGLE_CLIENT_ID: "id", GOOGLE_CLIENT_SECRET: "s" })
        .googleEnabled,
    ).toBe(true);
  });

  it("applies the defaults, treating empty values as unset", () => {
    const env = parseEnv({ DATA_DIR: dir, SESSION_SECRET: SECRET, PORT: "", SMTP_URL: "" });
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBe("file:./data/numerai.db");
    expect(env.NODE_ENV).toBe("development");
    expect(env.HOST).toBe("0.0.0.0");
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.RATE_LIMIT_LOGIN_FAILURES).toBe(10);
    expect(env.RATE_LIMIT_WINDOW_MINUTES).toBe(15);
    expect(env.TRUST_PROXY).toBe(0);
    expect(env.ALLOWED_HOSTS).toEqual([]);
    expect(env.MAX_FORM_BYTES).toBe(65_536);
    expect(env.MAX_JSON_BYTES).toBe(1_048_576);
    expect(env.MAX_FORM_FIELDS).toBe(100);
    expect(env.googleEnabled).toBe(false);
    expect(env.SESSION_SECRET).toBe(SECRET);
    expect(env.sessionSecretSource).toBe("env");
    expect(existsSync(path.join(dir, "session-secret"))).toBe(false);
  });

  it("reads explicit values", () => {
    const env = parseEnv({
      DATA_DIR: dir,
      SESSION_SECRET: SECRET,
      PORT: "8080",
      SMTP_URL: "smtp://127.0.0.1:2525",
      TRUST_PROXY: "true",
    });
    expect(env.PORT).toBe(8080);
    expect(env.SMTP_URL).toBe("smtp://127.0.0.1:2525");
    expect(env.TRUST_PROXY).toBe(1);
  });

  it("reads TRUST_PROXY as a number of proxies: true is one, false none", () => {
    const hops = (value: string) => parseEnv({ DATA_DIR: dir, SESSION_SECRET: SECRET, TRUST_PROXY: value }).TRUST_PROXY;
    expect([hops("true"), hops("false"), hops("0"), hops("2")]).toEqual([1, 0, 0, 2]);
  });

  it("reads ALLOWED_HOSTS as a list of lower-cased hosts", () => {
    const env = parseEnv({
      DATA_DIR: dir,
      SESSION_SECRET: SECRET,
      ALLOWED_HOSTS: " www.Numerai.example, app.numerai.example:8443 ",
    });
    expect(env.ALLOWED_HOSTS).toEqual(["www.numerai.example", "app.numerai.example:8443"]);
  });

  it("refuses to start in production without APP_URL, saying what it is for", () => {
    expect(configError({ DATA_DIR: dir, SESSION_SECRET: SECRET, NODE_ENV: "production" }).message).toMatch(
      /APP_URL: must be set in production.*links in mail/,
    );
    expect(
      parseEnv({ DATA_DIR: dir, SESSION_SECRET: SECRET, NODE_ENV: "production", APP_URL: "https://numerai.example" })
        .APP_URL,
    ).toBe("https://numerai.example");
  });

  it("generates a session secret once into DATA_DIR/session-secret and reuses it", () => {
    const dataDir = path.join(dir, "nested", "data");
    const first = parseEnv({ DATA_DIR: dataDir });
    const file = path.join(dataDir, "session-secret");

    expect(first.sessionSecretSource).toBe("file");
    expect(first.SESSION_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(file, "utf8")).toBe(first.SESSION_SECRET);
    if (process.platform !== "win32") expect(statSync(file).mode & 0o777).toBe(0o600);

    const second = parseEnv({ DATA_DIR: dataDir });
    expect(second.SESSION_SECRET).toBe(first.SESSION_SECRET);
    expect(readFileSync(file, "utf8")).toBe(first.SESSION_SECRET);

    // Another data folder gets its own secret.
    expect(parseEnv({ DATA_DIR: path.join(dir, "other") }).SESSION_SECRET).not.toBe(first.SESSION_SECRET);
  });

  it("uses an existing secret file as written (trimmed), and an explicit SESSION_SECRET over it", () => {
    writeFileSync(path.join(dir, "session-secret"), "a-secret-kept-by-the-operator-0123456789\n");
    expect(parseEnv({ DATA_DIR: dir }).SESSION_SECRET).toBe("a-secret-kept-by-the-operator-0123456789");
    expect(parseEnv({ DATA_DIR: dir, SESSION_SECRET: SECRET }).SESSION_SECRET).toBe(SECRET);
  });

  it("refuses a secret file too short to sign cookies safely", () => {
    writeFileSync(path.join(dir, "session-secret"), "\n");
    expect(() => parseEnv({ DATA_DIR: dir })).toThrow(/SESSION_SECRET: .*fewer than 32 characters/);
  });
});
