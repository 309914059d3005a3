/**
 * The NumerAI process: static assets from memory, security headers, compression, request ids and
 * JSON logs, /healthz, CSRF origin checks, the Remix handler, and a graceful shutdown.
 * node:http rather than Express: Express costs most of the throughput (see docs/decisions).
 */
import { randomBytes, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { pathToFileURL } from "node:url";
import path from "node:path";
import pino from "pino";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { createRequest, sendResponse } from "@remix-run/node-fetch-server";
import { compressResponse } from "./app/server/compress-response.server";
import { ConfigError, parseEnv, type Env } from "./app/server/env.server";
import { isForeignOriginRequest } from "./app/server/same-origin.server";
import { loadStaticAssets, type StaticAsset } from "./app/server/static-assets.server";

type AppEntry = {
  startup(): Promise<{ applied: string[]; sessionSecretSource: string }>;
  healthy(): Promise<boolean>;
  shutdown(): Promise<void>;
};

let env: Env;
try {
  env = parseEnv(process.env);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const log = pino({ level: env.LOG_LEVEL, base: { service: "numerai" } });
const buildDir = path.resolve(process.env.NUMERAI_BUILD_DIR ?? "build");
const build = (await import(pathToFileURL(path.join(buildDir, "server/index.js")).href)) as ServerBuild;
const app = build.entry.module as unknown as AppEntry;
const handleRemix = createRequestHandler(build, env.NODE_ENV === "development" ? "development" : "production");
const assets = await loadStaticAssets(path.join(buildDir, "client"));

const { applied, sessionSecretSource } = await app.startup();
if (applied.length) log.info({ migrations: applied }, "database migrated");
if (sessionSecretSource === "file") {
  log[env.NODE_ENV === "production" ? "warn" : "info"](
    { file: path.resolve(env.DATA_DIR, "session-secret") },
    "SESSION_SECRET is not set: using the secret generated in the data directory",
  );
}

const googleOrigin = env.googleEnabled ? new URL(env.GOOGLE_AUTHORIZATION_URL).origin : "";

function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${googleOrigin ? ` ${googleOrigin}` : ""}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

function clientIp(req: IncomingMessage): string | null {
  if (env.TRUST_PROXY) {
    const forwarded = req.headers["x-forwarded-for"];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? null;
}

function isHttps(req: IncomingMessage): boolean {
  if (env.TRUST_PROXY && req.headers["x-forwarded-proto"] === "https") return true;
  return env.APP_URL?.startsWith("https:") ?? false;
}

function setCommonHeaders(req: IncomingMessage, res: ServerResponse, requestId: string) {
  res.setHeader("X-Request-Id", requestId);
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  if (isHttps(req)) res.setHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
}

function serveAsset(req: IncomingMessage, res: ServerResponse, asset: StaticAsset) {
  res.setHeader("Cache-Control", asset.cacheControl);
  res.setHeader("ETag", asset.etag);
  res.setHeader("Vary", "Accept-Encoding");
  for (const [name, value] of Object.entries(asset.headers)) res.setHeader(name, value);
  if (req.headers["if-none-match"] === asset.etag) {
    res.writeHead(304).end();
    return;
  }
  const accepts = String(req.headers["accept-encoding"] ?? "");
  const [body, encoding] =
    asset.br && accepts.includes("br")
      ? [asset.br, "br"]
      : asset.gzip && accepts.includes("gzip")
        ? [asset.gzip, "gzip"]
        : [asset.body, null];
  if (encoding) res.setHeader("Content-Encoding", encoding);
  res.writeHead(200, { "Content-Type": asset.type, "Content-Length": body.length });
  res.end(req.method === "HEAD" ? undefined : body);
}

function sendText(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" }).end(text);
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  const incomingId = req.headers["x-request-id"];
  const requestId = typeof incomingId === "string" && /^[\w-]{8,64}$/.test(incomingId) ? incomingId : randomUUID();
  const started = process.hrtime.bigint();
  const url = req.url ?? "/";
  const pathname = url.split("?")[0];
  // Share tokens are bearer secrets: logs name the route, not the token.
  const loggedPath = pathname.replace(/^\/s\/[^/]+/, "/s/:token");
  res.on("finish", () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    log.info(
      { requestId, method: req.method, path: loggedPath, status: res.statusCode, ms: Math.round(ms * 10) / 10 },
      "request",
    );
  });
  setCommonHeaders(req, res, requestId);

  const method = req.method ?? "GET";
  if (method === "GET" || method === "HEAD") {
    const asset = assets.get(pathname);
    if (asset) return serveAsset(req, res, asset);
    if (pathname === "/healthz") {
      const ok = await app.healthy();
      return sendText(res, ok ? 200 : 503, ok ? "ok" : "database unavailable");
    }
  }

  const request = createRequest(req, res, { trustProxy: env.TRUST_PROXY });
  const appOrigin = env.APP_URL ? new URL(env.APP_URL).origin : new URL(request.url).origin;
  if (isForeignOriginRequest(method, request.headers, appOrigin)) {
    return sendText(res, 403, "Cross-site request refused.");
  }

  const nonce = randomBytes(16).toString("base64");
  res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce));
  try {
    const response = await handleRemix(request, { nonce, requestId, ip: clientIp(req) });
    await sendResponse(res, compressResponse(request, response));
  } catch (error) {
    log.error({ err: error, requestId }, "request failed");
    if (!res.headersSent) sendText(res, 500, "Something went wrong.");
    else res.destroy();
  }
}

const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    log.error({ err: error }, "unhandled request error");
    if (!res.headersSent) sendText(res, 500, "Something went wrong.");
  });
});
server.keepAliveTimeout = 65_000;

server.listen(env.PORT, env.HOST, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  log.info({ port, url: `http://localhost:${port}` }, "NumerAI is listening");
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "shutting down: finishing in-flight requests");
  const force = setTimeout(() => {
    log.warn("shutdown timeout: closing remaining connections");
    server.closeAllConnections();
  }, env.SHUTDOWN_TIMEOUT_MS);
  force.unref();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
  await app.shutdown();
  log.info("stopped");
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
