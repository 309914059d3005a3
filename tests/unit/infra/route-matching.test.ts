/**
 * The server's route matching is patched (patches/@remix-run+router…, docs/decisions/012): branches are
 * ranked once and only those whose first segment could match a pathname are tried. These tests hold
 * the patched matchRoutes to what an exhaustive search over the app's own route table finds.
 */
import { matchPath, matchRoutes, type AgnosticRouteObject } from "@remix-run/router";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

interface RouteEntry {
  id: string;
  path?: string;
  index?: boolean;
  parentId?: string;
  caseSensitive?: boolean;
}

const require = createRequire(import.meta.url);
const { flatRoutes } = require("@remix-run/dev/dist/config/flat-routes.js") as {
  flatRoutes: (appDirectory: string, ignored: string[]) => Record<string, RouteEntry>;
};
const manifest: RouteEntry[] = [{ id: "root", path: "" }, ...Object.values(flatRoutes("app", []))];

function childrenOf(parentId: string): AgnosticRouteObject[] {
  return manifest
    .filter((r) => r.parentId === parentId)
    .map((r) =>
      r.index
        ? { id: r.id, index: true, path: r.path, caseSensitive: r.caseSensitive }
        : { id: r.id, path: r.path, caseSensitive: r.caseSensitive, children: childrenOf(r.id) },
    );
}
const routes: AgnosticRouteObject[] = [{ id: "root", path: "", children: childrenOf("root") }];

/** Every route's whole path, and whether a request can end on it. */
function fullPathOf(entry: RouteEntry): string {
  const own = entry.path ?? "";
  const parent = entry.parentId ? manifest.find((r) => r.id === entry.parentId) : undefined;
  return parent ? `${fullPathOf(parent)}/${own}`.replace(/\/+/g, "/") : `/${own}`;
}
const endable = manifest.filter((r) => r.index || !manifest.some((c) => c.parentId === r.id && c.index));

/** The ids of the routes the pathname matches completely, by exhaustive search. */
function exhaustive(pathname: string): string[] {
  return endable.filter((r) => matchPath({ path: fullPathOf(r), end: true }, pathname)).map((r) => r.id);
}
const leafOf = (pathname: string) => matchRoutes(routes, pathname)?.at(-1)?.route.id;

const SAMPLES = [
  "/",
  "/calculator",
  "/people",
  "/people/new",
  "/people/p_123",
  "/people/p_123/edit",
  "/people/p_123/report.pdf",
  "/PEOPLE/P_123",
  "/daily",
  "/daily/2026-12-01",
  "/s/abcDEF123",
  "/s/abc/og.png",
  "/settings/privacy/export",
  "/settings/notifications/test",
  "/report",
  "/report.pdf",
  "/api/v1/numerology",
  "/nope",
  "/nope/deeper/still",
  "/people/p_1/unknown",
  "//people",
  "/%70eople",
  "/settings/",
];

describe("route matching (patched)", () => {
  it("finds for each path the route an exhaustive search finds, the catch-all only when nothing else fits", () => {
    for (const pathname of SAMPLES) {
      // The router matches decoded paths, case-insensitively.
      const decoded = pathname.split("/").map(decodeURIComponent).join("/").toLowerCase();
      const candidates = exhaustive(decoded);
      const specific = candidates.filter((id) => id !== "routes/$");
      const found = leafOf(pathname);
      if (specific.length === 0) expect(found, pathname).toBe("routes/$");
      else expect(specific, pathname).toContain(found);
    }
  });

  it("prefers a static segment over a dynamic one, as ranking says", () => {
    expect(leafOf("/people/new")).toBe("routes/people.new");
    expect(leafOf("/people/anything")).toBe("routes/people.$id._index");
    expect(leafOf("/")).toBe("routes/_index");
  });

  it("gives the same answer on every call (the index is built once)", () => {
    const first = SAMPLES.map(leafOf);
    expect(SAMPLES.map(leafOf)).toEqual(first);
  });
});
