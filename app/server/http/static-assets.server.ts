import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export interface StaticAsset {
  body: Buffer;
  gzip?: Buffer;
  br?: Buffer;
  type: string;
  etag: string;
  cacheControl: string;
  headers: Record<string, string>;
}

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
};
const COMPRESSIBLE = new Set([".js", ".css", ".json", ".webmanifest", ".svg", ".txt", ".html", ".ico", ".map"]);
const PRECACHE_PLACEHOLDER = "self.__PRECACHE_MANIFEST__";
/** Pages the service worker stores at install, beside every built asset. */
const PRECACHED_PAGES = ["/offline"];

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

function makeAsset(urlPath: string, body: Buffer): StaticAsset {
  const ext = path.extname(urlPath);
  const hashed = urlPath.startsWith("/assets/");
  const asset: StaticAsset = {
    body,
    type: TYPES[ext] ?? "application/octet-stream",
    etag: `"${createHash("sha1").update(body).digest("base64url")}"`,
    // Vite puts a content hash in every /assets/ name, so those never change; the rest may.
    cacheControl: hashed
      ? "public, max-age=31536000, immutable"
      : urlPath === "/sw.js"
        ? "no-cache"
        : "public, max-age=3600",
    headers: urlPath === "/sw.js" ? { "Service-Worker-Allowed": "/" } : {},
  };
  if (COMPRESSIBLE.has(ext) && body.length > 1024) {
    asset.gzip = gzipSync(body, { level: 9 });
    asset.br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  }
  return asset;
}

/**
 * Reads the whole client build into memory once: a request for an asset is a map lookup, with
 * no disk access, and text files are compressed ahead of time at the best level.
 */
export async function loadStaticAssets(clientDir: string): Promise<Map<string, StaticAsset>> {
  const files = await listFiles(clientDir);
  const contents = await Promise.all(files.map(async (file) => [file, await readFile(file)] as const));
  const urlOf = (file: string) => "/" + path.relative(clientDir, file).split(path.sep).join("/");
  const precache = [
    ...PRECACHED_PAGES,
    ...contents.map(([file]) => urlOf(file)).filter((u) => u !== "/sw.js" && !u.endsWith(".map")),
  ].sort();
  const version = createHash("sha1").update(precache.join("\n")).digest("hex").slice(0, 12);
  const assets = new Map<string, StaticAsset>();
  for (const [file, raw] of contents) {
    const urlPath = urlOf(file);
    const body =
      urlPath === "/sw.js"
        ? Buffer.from(raw.toString("utf8").replace(PRECACHE_PLACEHOLDER, JSON.stringify({ version, urls: precache })))
        : raw;
    assets.set(urlPath, makeAsset(urlPath, body));
  }
  return assets;
}
