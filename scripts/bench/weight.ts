/**
 * What each page costs the browser: `npm run bench:weight` (builds first) prints, per page of the bench
 * table, the HTML bytes (and gzipped), the loader data a client navigation fetches (`.data`, single
 * fetch) and the JavaScript the page loads (every module it preloads, gzipped), against the goals.
 */
import { gzipSync } from "node:zlib";
import { startApp, stopApp } from "./app.ts";
import { benchContext, selectedPages } from "./pages.ts";

const LOADER_DATA_GOAL = 10 * 1024;
const JS_GOAL = 100 * 1024;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The single-fetch URL Remix's client asks for on a navigation to `path`. */
function dataUrl(base: string, path: string): string {
  const url = new URL(path, base);
  url.pathname = url.pathname === "/" ? "/_root.data" : `${url.pathname.replace(/\/$/, "")}.data`;
  return url.href;
}

const app = await startApp();
const jsSizes = new Map<string, number>();
async function gzippedJs(base: string, href: string): Promise<number> {
  if (!jsSizes.has(href)) {
    const body = Buffer.from(await (await fetch(new URL(href, base))).arrayBuffer());
    jsSizes.set(href, gzipSync(body, { level: 9 }).length);
  }
  return jsSizes.get(href)!;
}

const rows: string[] = [];
try {
  const ctx = await benchContext(app.base);
  for (const page of selectedPages()) {
    if (page.group === "api") continue;
    const headers: Record<string, string> = page.signedIn ? { Cookie: ctx.cookie } : {};
    const path = page.path(ctx);
    const html = Buffer.from(await (await fetch(app.base + path, { headers })).arrayBuffer());
    const data = await (await fetch(dataUrl(app.base, path), { headers })).arrayBuffer();
    const scripts = [
      ...html.toString().matchAll(/<(?:link rel="modulepreload"|script[^>]*) (?:href|src)="([^"]+\.js)"/g),
    ];
    const hrefs = [...new Set(scripts.map((m) => m[1]))];
    let js = 0;
    for (const href of hrefs) js += await gzippedJs(app.base, href);
    // The loader data a document carries: Remix's inline scripts (the streamed turbo-stream payload).
    const inline = [...html.toString().matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].reduce(
      (n, m) => n + Buffer.byteLength(m[1]),
      0,
    );
    const ok = data.byteLength < LOADER_DATA_GOAL && inline < LOADER_DATA_GOAL && js <= JS_GOAL;
    rows.push(
      `| ${page.label} | ${kb(html.length)} | ${kb(gzipSync(html).length)} | ${kb(inline)} | ${kb(data.byteLength)} | ${kb(js)} (${hrefs.length} files) | ${ok ? "ok" : "MISSED"} |`,
    );
  }
} finally {
  await stopApp(app);
}
console.log(`\nPage weight (goals: loader data < ${kb(LOADER_DATA_GOAL)}, JS ≤ ${kb(JS_GOAL)} gzipped per page)\n`);
console.log("| page | HTML | HTML gzipped | data inline in HTML | .data (client navigation) | JS gzipped | goals |");
console.log("|---|---:|---:|---:|---:|---:|---|");
for (const row of rows) console.log(row);
