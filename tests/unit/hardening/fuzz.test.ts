import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isMachineEndpoint } from "~/server/http/request-body.server";
import { ensureFreshBuild, rawRequest, startAppServer, type AppServer } from "../../support/app-server";

/**
 * Every route that takes a POST, found from the route files (a new one is covered without a change
 * here), against the real server: malformed bodies must get a 4xx, never a 5xx or an error log.
 */

const ROUTES_DIR = path.resolve("app/routes");
const PASSWORD = "violet-harbour-lantern-42";

/** Remix flat-route file name → URL path, with `$param`s filled in from `params`. */
function routePath(file: string, params: Record<string, string>): string {
  const name = file.replace(/\.(tsx?|jsx?)$/, "");
  const segments = name
    .split(/\.(?![^[]*\])/)
    .filter((segment) => segment !== "_index" && !segment.startsWith("_"))
    .map((segment) => segment.replace(/_$/, "").replace(/\[(.+?)\]/g, "$1"))
    .map((segment) => (segment.startsWith("$") ? (params[segment.slice(1)] ?? "x") : segment));
  return `/${segments.join("/")}`;
}

const postRoutes = readdirSync(ROUTES_DIR)
  .filter((file) =>
    /export (async function|const|function) action\b/.test(readFileSync(path.join(ROUTES_DIR, file), "utf8")),
  )
  .sort();

const FORM = "application/x-www-form-urlencoded";
const DUPLICATES = ["intent", "email", "password", "token", "redirectTo", "name", "id", "sessionId", "confirm"]
  .flatMap((field) => [`${field}=first`, `${field}=second`])
  .join("&");

/** The malformed bodies, and the status each must get on a page route, where the server's gate decides (null: any 4xx). */
const CASES: Array<{ name: string; contentType?: string; body: string; expected: number | null }> = [
  { name: "JSON", contentType: "application/json", body: '{"email":"a@example.com","password":"x"}', expected: 415 },
  { name: "text", contentType: "text/plain", body: "email=a@example.com", expected: 415 },
  { name: "XML", contentType: "application/xml", body: "<email>a@example.com</email>", expected: 415 },
  { name: "no Content-Type", body: "email=a@example.com", expected: 415 },
  { name: "empty form", contentType: FORM, body: "", expected: null },
  { name: "broken multipart", contentType: "multipart/form-data; boundary=zz", body: "--zz\r\nbroken", expected: null },
  { name: "oversized", contentType: FORM, body: `pad=${"a".repeat(100 * 1024)}`, expected: 413 },
  { name: "duplicate fields", contentType: FORM, body: DUPLICATES, expected: null },
  { name: "10,000 fields", contentType: FORM, body: "a=&".repeat(10_000), expected: null },
];

let app: AppServer;
beforeAll(async () => {
  await ensureFreshBuild();
  app = await startAppServer({ env: { RATE_LIMIT_PER_IP: "100000" } });
}, 120_000);
afterAll(() => app?.stop());

const post = (pathname: string, body: string, headers: Record<string, string>) =>
  rawRequest(app.port, { method: "POST", path: pathname, headers: { Origin: app.url, ...headers }, body });

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const EMAIL = "fuzz@example.com";

/** Signs in (again) and makes sure the account has a person: the cookie and the person's id. */
async function signIn(): Promise<{ cookie: string; personId: string }> {
  const login = await post("/login", form({ email: EMAIL, password: PASSWORD }), { "Content-Type": FORM });
  const cookie = login.cookies.join("; ");
  const person = await post(
    "/people/new",
    form({ name: "Sam", birthName: "Samuel Peter Jones", birthDate: "1990-05-17", relation: "partner" }),
    { "Content-Type": FORM, Cookie: cookie },
  );
  const personId = String(person.headers.location).split("/").pop()!;
  if (!cookie.includes("__session=") || person.status !== 302) throw new Error("couldn't sign the fuzzing browser in");
  return { cookie, personId };
}

describe("malformed POST fuzz", () => {
  it("finds the POST routes in app/routes", () => {
    expect(postRoutes.length).toBeGreaterThanOrEqual(15);
    expect(routePath("people.$id.edit.tsx", { id: "p1" })).toBe("/people/p1/edit");
    expect(routePath("s.$token_.og[.]png.tsx", { token: "t" })).toBe("/s/t/og.png");
    expect(routePath("_index.tsx", {})).toBe("/");
  });

  it("answers every POST route × every malformed body × signed in or not × page or data request with a 4xx, never a 5xx", async () => {
    expect(
      (await post("/signup", form({ name: "Fuzz", email: EMAIL, password: PASSWORD }), { "Content-Type": FORM }))
        .status,
    ).toBe(200);
    let browser = await signIn();
    const birth = { birthName: "Ada Lovelace Byron", birthDate: "1815-12-10", timezone: "Europe/London" };
    await post("/onboarding", form(birth), { "Content-Type": FORM, Cookie: browser.cookie });
    const totals = { requests: 0, fiveHundreds: 0, byStatus: {} as Record<number, number> };
    const failures: string[] = [];
    for (const file of postRoutes) {
      // Logging out or deleting the person on the previous route must not blunt this one.
      const person = await rawRequest(app.port, {
        path: `/people/${browser.personId}`,
        headers: { Cookie: browser.cookie },
      });
      if (person.status !== 200) browser = await signIn();
      const pathname = routePath(file, { id: browser.personId });
      const dataPath = pathname === "/" ? "/_root.data" : `${pathname}.data`;
      for (const cookie of [browser.cookie, ""]) {
        for (const target of [pathname, dataPath]) {
          for (const fuzz of CASES) {
            const headers: Record<string, string> = {};
            if (fuzz.contentType) headers["Content-Type"] = fuzz.contentType;
            if (cookie) headers.Cookie = cookie;
            const response = await post(target, fuzz.body, headers);
            totals.requests += 1;
            totals.byStatus[response.status] = (totals.byStatus[response.status] ?? 0) + 1;
            if (response.status >= 500) totals.fiveHundreds += 1;
            // JSON endpoints take any content type and set their own rules: for them only "no 5xx" holds.
            const expected = isMachineEndpoint(pathname) ? null : fuzz.expected;
            const ok = expected === null ? response.status < 500 : response.status === expected;
            if (!ok) failures.push(`${target} ${cookie ? "signed in" : "anonymous"} ${fuzz.name}: ${response.status}`);
          }
        }
      }
    }
    console.log(
      `fuzz: ${postRoutes.length} POST routes, ${totals.requests} requests, 5xx = ${totals.fiveHundreds}; by status ${JSON.stringify(totals.byStatus)}`,
    );
    expect(failures).toEqual([]);
    expect(totals.fiveHundreds).toBe(0);
    expect(app.logs.filter((line) => line.level >= 50)).toEqual([]);
  }, 120_000);
});
