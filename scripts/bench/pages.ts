/**
 * The pages every HTTP bench measures (bench:http, bench:weight, bench:scale): one table, so a new
 * route is one line. `path` gets the ids the setup made; `signedIn` pages are fetched with the
 * bench account's cookie. `group` is the issue-11 goal the page is held to (share of the bare page).
 */
import { expectRedirect, postForm, signedInCookie } from "./app.ts";

export interface BenchContext {
  cookie: string;
  personId: string;
}

export type PageGroup = "light" | "heavy" | "api";

export interface BenchPage {
  label: string;
  path: (ctx: BenchContext) => string;
  signedIn: boolean;
  /** The goal it is held to; pages outside issue 11's table have none. */
  group?: PageGroup;
}

/** Goals as a share of the bare Remix page's req/s, measured in the same run. */
export const GOALS: Record<PageGroup, number> = { light: 0.75, heavy: 0.35, api: 2 };

export const CALCULATOR_QUERY = "birthName=Benedict+Mark+Chester&birthDate=1984-11-15";

export const PAGES: BenchPage[] = [
  { label: "/ (signed out)", path: () => "/", signedIn: false, group: "light" },
  { label: "/calculator (empty form)", path: () => "/calculator", signedIn: false, group: "light" },
  { label: "/dashboard", path: () => "/dashboard", signedIn: true, group: "light" },
  { label: "/daily", path: () => "/daily", signedIn: true, group: "light" },
  { label: "/people", path: () => "/people", signedIn: true, group: "light" },
  { label: "/billing", path: () => "/billing", signedIn: true, group: "light" },
  { label: "/report", path: () => "/report", signedIn: true, group: "heavy" },
  { label: "/people/:id", path: (c) => `/people/${c.personId}`, signedIn: true, group: "heavy" },
  {
    label: "/calculator with a result",
    path: () => `/calculator?${CALCULATOR_QUERY}`,
    signedIn: false,
    group: "heavy",
  },
  {
    label: "/compatibility?a=me&b=…",
    path: (c) => `/compatibility?a=me&b=${c.personId}`,
    signedIn: true,
    group: "heavy",
  },
  { label: "/remedies", path: () => "/remedies", signedIn: true },
  { label: "/remedies/progress", path: () => "/remedies/progress", signedIn: true },
  {
    label: "GET /api/v1/numerology",
    path: () => `/api/v1/numerology?${CALCULATOR_QUERY}`,
    signedIn: false,
    group: "api",
  },
];

/** Only the pages named in BENCH_ONLY (comma-separated labels' paths, e.g. "/report,/daily"), else all. */
export function selectedPages(only = process.env.BENCH_ONLY): BenchPage[] {
  if (!only) return PAGES;
  const wanted = only.split(",").filter(Boolean);
  return PAGES.filter((page) => wanted.some((w) => page.label.startsWith(w)));
}

/** One tracked remedy checked in today, so /remedies/progress draws a streak and a calendar cell. */
async function trackARemedy(base: string, cookie: string) {
  // The bench account (born 15 November 1984) has no 2 in its Lo Shu grid.
  const tracked = expectRedirect(await postForm(base, "/remedies", { remedyId: "lo-shu-2" }, cookie), "track");
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
  const checkIn = { intent: "check-in", date: today, done: "yes", rating: "4" };
  expectRedirect(await postForm(base, tracked.headers.get("Location")!, checkIn, cookie), "check-in");
}

/** Signs the bench account in, adds one person and tracks a remedy, for the pages that need something to show. */
export async function benchContext(base: string, email?: string): Promise<BenchContext> {
  const cookie = await signedInCookie(base, email);
  await trackARemedy(base, cookie);
  const added = expectRedirect(
    await postForm(
      base,
      "/people/new",
      { name: "Ada", birthName: "Ada Mary Lovelace", birthDate: "1990-12-10", gender: "female", relation: "friend" },
      cookie,
    ),
    "adding a person",
  );
  const personId = (added.headers.get("location") ?? "").split("/").pop() ?? "";
  if (!personId) throw new Error("adding a person did not redirect to the person's page");
  return { cookie, personId };
}
