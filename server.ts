/**
 * The NumerAI process: static assets from memory, security headers, compression, request ids and
 * JSON logs, /healthz, the checks every request passes before a handler runs (method, Host, CSRF
 * origin, body type and size), the Remix handler, and a graceful shutdown.
 * node:http rather than Express: Express costs most of the throughput (see docs/decisions).
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import path from "node:path";
import pino from "pino";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { createRequest } from "@remix-run/node-fetch-server";
import { cacheControlFor } from "./app/server/http/cache-policy.server";
import { compressResponse } from "./app/server/http/compress-response.server";
import { ConfigError, parseEnv, type Env } from "./app/server/config/env.server";
import { DATA_REQUEST_HEADER } from "./app/server/http/data-request.server";
import { loggablePath } from "./app/server/config/logger.server";
import { allowedHosts, normalizeHost, originForHost, setListeningPort } from "./app/server/http/origin.server";
import { clientAddress, fromNearestProxy } from "./app/server/http/proxy.server";
import {
  bodyKind,
  BodyTooLarge,
  isFormContentType,
  isMachineEndpoint,
  readBodyWithin,
} from "./app/server/http/request-body.server";
import { isForeignOriginRequest } from "./app/server/http/same-origin.server";
import { lingerAndClose, sendResponse, sendText, serveAsset } from "./app/server/http/node-response.server";
import { contentSecurityPolicy, newNonce } from "./app/server/http/content-security-policy.server";
import { loadStaticAssets } from "./app/server/http/static-assets.server";
import { buildDirectory, BuildDirectoryError } from "./scripts/build-directory";

type AppEntry = {
  startup(options: { port: number }): Promise<{ applied: string[]; sessionSecretSource: string }>;
  healthy(): Promise<boolean>;
  shutdown(): Promise<void>;
  /** From the build, so the scope lives in the same module instance the loaders read. */
  openRequestScope(headers: Headers): () => void;
};

let env: Env;
let buildDir: string;
try {
  env = parseEnv(process.env);
  buildDir = buildDirectory();
} catch (error) {
  if (error instanceof ConfigError || error instanceof BuildDirectoryError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const log = pino({ level: env.LOG_LEVEL, base: { service: "numerai" } });
const build = (await import(pathToFileURL(path.join(buildDir, "server/index.js")).href)) as ServerBuild;
const app = build.entry.module as unknown as AppEntry;
const handleRemix = createRequestHandler(build, env.NODE_ENV === "development" ? "development" : "production");
const assets = await loadStaticAssets(path.join(buildDir, "client"));

// Pages (and their forms) only need these; the JSON endpoints may take the rest of REST.
const PAGE_METHODS = new Set(["GET", "HEAD", "POST"]);
const MACHINE_METHODS = new Set([...PAGE_METHODS, "PUT", "PATCH", "DELETE"]);
const BODY_LIMITS = { form: env.MAX_FORM_BYTES, json: env.MAX_JSON_BYTES } as const;

// Known once the server listens (PORT=0 takes a free port), before the first request is served.
let hosts = new Set<string>();
const cspWith = contentSecurityPolicy(env);
let ready = false;

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(",") : value;
};

/** The scheme the client used: the nearest proxy's word with TRUST_PROXY, else our own socket's. */
function requestProtocol(req: IncomingMessage): "http:" | "https:" {
  const forwarded = fromNearestProxy(header(req, "x-forwarded-proto"), env.TRUST_PROXY);
  if (forwarded) return forwarded === "https" ? "https:" : "http:";
  return "encrypted" in req.socket && req.socket.encrypted ? "https:" : "http:";
}

/** The host the client asked for: what our nearest proxy says it received with TRUST_PROXY, else the Host header. */
function requestHost(req: IncomingMessage, protocol: string): string | undefined {
  const host = fromNearestProxy(header(req, "x-forwarded-host"), env.TRUST_PROXY) ?? req.headers.host;
  return host ? normalizeHost(host, protocol) : undefined;
}

function setCommonHeaders(res: ServerResponse, requestId: string, protocol: string) {
  res.setHeader("X-Request-Id", requestId);
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  if (protocol === "https:" || env.APP_URL?.startsWith("https:"))
    res.setHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  const incomingId = req.headers["x-request-id"];
  const ownRequestId = !(typeof incomingId === "string" && /^[\w-]{8,64}$/.test(incomingId));
  const requestId = ownRequestId ? randomUUID() : (incomingId as string);
  const started = process.hrtime.bigint();
  const pathname = (req.url ?? "/").split("?")[0];
  const loggedPath = loggablePath(pathname);
  res.on("finish", () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    log.info(
      { requestId, method: req.method, path: loggedPath, status: res.statusCode, ms: Math.round(ms * 10) / 10 },
      "request",
    );
  });
  const protocol = requestProtocol(req);
  setCommonHeaders(res, requestId, protocol);

  /** A 4xx for a request no browser of ours would send: a short reason, a warn line, and no handler runs. */
  const refuse = (status: number, text: string, headers: Record<string, string> = {}) => {
    log.warn({ requestId, method: req.method, path: loggedPath, status }, text);
    if (!req.complete) res.once("finish", () => lingerAndClose(req));
    sendText(res, status, text, headers);
  };

  const method = req.method ?? "GET";
  if (pathname === "/healthz" && (method === "GET" || method === "HEAD")) {
    // Load balancers probe by IP address, so health answers whatever the Host.
    const ok = ready && (await app.healthy());
    return sendText(res, ok ? 200 : 503, ok ? "ok" : ready ? "database unavailable" : "starting");
  }
  if (!ready) return sendText(res, 503, "Starting.", { "Retry-After": "1" });

  const allowed = isMachineEndpoint(pathname) ? MACHINE_METHODS : PAGE_METHODS;
  if (!allowed.has(method)) {
    return refuse(405, `The method ${method.slice(0, 20)} isn't allowed here.`, { Allow: [...allowed].join(", ") });
  }
  const host = requestHost(req, protocol);
  if (!host || !hosts.has(host)) return refuse(400, "Unknown host.");

  if (method === "GET" || method === "HEAD") {
    const asset = assets.get(pathname);
    if (asset) return serveAsset(req, res, asset);
  }

  const request = createRequest(req, res, { host, protocol });
  // Remix compares Origin with X-Forwarded-Host or Host (and throws on a mismatch): it sees only the host checked above.
  request.headers.delete("x-forwarded-host");
  request.headers.delete("forwarded");
  request.headers.set("host", host);
  // Code that only sees the request (readForm's warnings) can still name it in logs.
  request.headers.set("x-request-id", requestId);
  // Pages whose body is server-only HTML answer a client navigation with a document load (http.server.ts).
  if (pathname.endsWith(".data")) request.headers.set(DATA_REQUEST_HEADER, "1");
  else request.headers.delete(DATA_REQUEST_HEADER);
  // Loaders of this request share its session lookup (request-scope.server.ts).
  res.once("close", app.openRequestScope(request.headers));
  if (isForeignOriginRequest(method, request.headers, originForHost(host))) {
    return refuse(403, "Cross-site request refused.");
  }

  let forHandler = request;
  if (request.body) {
    const contentType = request.headers.get("content-type");
    if (!isMachineEndpoint(pathname) && !isFormContentType(contentType)) {
      return refuse(415, "Send this as a form (application/x-www-form-urlencoded or multipart/form-data).");
    }
    const limit = BODY_LIMITS[bodyKind(pathname, contentType)];
    if (Number(request.headers.get("content-length") ?? 0) > limit) {
      return refuse(413, `The request body is larger than ${limit} bytes.`);
    }
    try {
      // Chunked bodies carry no length: counted as they arrive, and never read past the limit.
      forHandler = new Request(request, { body: await readBodyWithin(request.body, limit) });
    } catch (error) {
      if (error instanceof BodyTooLarge) return refuse(413, `The request body is larger than ${limit} bytes.`);
      throw error;
    }
  }

  // Only a rendered page asks for a nonce (entry.server); JSON, redirects and files need none.
  let nonce: string | undefined;
  try {
    const remixResponse = await handleRemix(forHandler, {
      get nonce() {
        return (nonce ??= newNonce());
      },
      requestId,
      ownRequestId,
      ip: clientAddress(req.socket.remoteAddress ?? null, header(req, "x-forwarded-for"), env.TRUST_PROXY),
      serverHtml: new Map(),
    });
    const response = compressResponse(forHandler, remixResponse);
    await sendResponse(res, response, {
      "cache-control": cacheControlFor(forHandler.headers.get("cookie"), response),
      "content-security-policy": cspWith(nonce),
    });
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

await new Promise<void>((resolve) => server.listen(env.PORT, env.HOST, resolve));
const { port } = server.address() as AddressInfo;
setListeningPort(port);
hosts = allowedHosts();
const { applied, sessionSecretSource } = await app.startup({ port });
if (applied.length) log.info({ migrations: applied }, "database migrated");
if (sessionSecretSource === "file") {
  log[env.NODE_ENV === "production" ? "warn" : "info"](
    { file: path.resolve(env.DATA_DIR, "session-secret") },
    "SESSION_SECRET is not set: using the secret generated in the data directory",
  );
}
ready = true;
log.info({ port, url: originForHost([...hosts][0]), hosts: [...hosts] }, "NumerAI is listening");

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
