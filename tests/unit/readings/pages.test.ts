import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loader as calculatorLoader } from "~/routes/calculator";
import { loader as dashboardLoader } from "~/routes/dashboard";
import { loader as reportLoader } from "~/routes/report._index";
import { action as profileAction, loader as profileLoader } from "~/routes/settings.profile";
import { loader as nameToolLoader } from "~/routes/tools.name";
import { loader as datesToolLoader } from "~/routes/tools.dates";
import { getPreferences } from "~/server/readings/readings.server";
import { updateUser } from "~/server/accounts/users.server";
import { run, setupTestApp, type TestApp } from "../../support/test-app";
import { get, post, reportCards, runPage } from "./harness";
import { signedInUser } from "../../support/factories";
import { routeArgs } from "../../support/route";

let app: TestApp;
let user: { id: string; cookie: string };
beforeAll(async () => {
  app = await setupTestApp();
  user = await signedInUser({ birthName: "Thomas John Smith", birthDate: "1962-07-03" });
});
afterAll(() => app.cleanup());

const PREFS = {
  intent: "preferences",
  system: "chaldean",
  lifePathMethod: "digits",
  nameMethod: "total",
  y: "vowel",
  masterNumbers: "none",
  gender: "male",
};

describe("/report and the numerology options", () => {
  it("honours the options saved on /settings/profile", async () => {
    const before = await runPage(reportLoader, get("/report", user.cookie));
    expect(before.data).toMatchObject({ system: "pythagorean" });
    expect(reportCards(before.body!, "core")[1]).toEqual({ key: "expression", value: "30/3" });
    expect(reportCards(before.body!, "lo-shu").map((c) => c.key)).not.toContain("kua");

    const saved = await run(() => profileAction(routeArgs(post("/settings/profile", PREFS, user.cookie))));
    expect(saved.status).toBe(302);
    expect(await getPreferences(user.id)).toEqual({
      system: "chaldean",
      lifePathMethod: "digits",
      nameMethod: "total",
      y: "vowel",
      masterNumbers: "none",
      gender: "male",
    });
    const page = await run(() => profileLoader(routeArgs(get("/settings/profile", user.cookie))));
    expect((page.data as { preferences: Record<string, string> }).preferences).toMatchObject({
      system: "chaldean",
      masterNumbers: "none",
    });

    const after = await runPage(reportLoader, get("/report", user.cookie));
    expect(after.data).toMatchObject({ system: "chaldean" });
    expect(reportCards(after.body!, "lo-shu").find((c) => c.key === "kua")?.value).toBe("2");
    // No master numbers kept: every core value is a single digit.
    const core = reportCards(after.body!, "core");
    expect(core.length).toBeGreaterThan(3);
    for (const card of core) expect(card.value).toMatch(/^(\d+\/)?\d$/);
    await run(() =>
      profileAction(
        routeArgs(
          post(
            "/settings/profile",
            {
              ...PREFS,
              system: "pythagorean",
              lifePathMethod: "components",
              nameMethod: "per-name",
              y: "auto",
              masterNumbers: "11-22-33",
              gender: "",
            },
            user.cookie,
          ),
        ),
      ),
    );
  });

  it("refuses an unknown option with 400 next to the field and keeps the saved ones", async () => {
    const outcome = await run(() =>
      profileAction(routeArgs(post("/settings/profile", { ...PREFS, masterNumbers: "44" }, user.cookie))),
    );
    expect(outcome.status).toBe(400);
    expect(outcome).toHaveFieldError("masterNumbers", /master numbers/, "preferencesResult");
    expect((await getPreferences(user.id)).masterNumbers).toBe("11-22-33");
  });

  it("still saves the profile form itself", async () => {
    const outcome = await run(() =>
      profileAction(
        routeArgs(
          post(
            "/settings/profile",
            { name: "Tom", birthName: "Thomas John Smith", birthDate: "1962-07-03", timezone: "Europe/London" },
            user.cookie,
          ),
        ),
      ),
    );
    expect(outcome.status).toBe(302);
  });

  it("explains stored birth data the engine can't read instead of failing", async () => {
    const odd = await signedInUser({ birthName: "李小龙" });
    const outcome = await runPage(reportLoader, get("/report", odd.cookie));
    expect(outcome.status).toBe(200);
    expect(outcome.data).toMatchObject({ system: null, problem: expect.stringMatching(/Latin letters/) });
    expect(outcome.body).toBeNull();
    await updateUser(odd.id, { birth_name: "Bruce Lee" });
  });
});

describe("/dashboard", () => {
  it("shows today's Personal Day reading, the numbers at a glance and what changes next", async () => {
    const outcome = await run(() => dashboardLoader(routeArgs(get("/dashboard", user.cookie))));
    expect(outcome.status).toBe(200);
    const data = (
      outcome.data as {
        data: {
          day: { value: number; meaning: { paragraph: string }; listLabels: { strengths: string } };
          glance: Array<{ key: string }>;
          core: Array<{ key: string }>;
          next: { changes: Array<{ kind: string; date: string; age?: number }>; lastPinnacle: boolean };
        };
      }
    ).data;
    // Today's Personal Day (its "Do" list), with only what the page shows: no steps, no extra texts.
    expect(data.day.listLabels.strengths).toBe("Do");
    expect(Object.keys(data.day).sort()).toEqual(["facts", "listLabels", "meaning", "value"]);
    expect(data.day.meaning.paragraph.length).toBeGreaterThan(20);
    expect(data.glance.map((g) => g.key)).toEqual(["personalMonth", "personalYear", "universalDay"]);
    expect(data.core.map((c) => c.key)).toEqual([
      "lifePath",
      "expression",
      "soulUrge",
      "personality",
      "birthday",
      "maturity",
    ]);
    const change = (kind: string) => data.next.changes.find((c) => c.kind === kind);
    expect(change("personal-year")?.date).toMatch(/^\d{4}-01-01$/);
    // Born 1962: past the fourth Pinnacle's start (53), so there is no next one.
    expect(change("pinnacle")).toBeUndefined();
    expect(data.next.lastPinnacle).toBe(true);
    expect(change("transit")?.age).toBeGreaterThan(60);
  });
});

describe("calculator loader", () => {
  it("returns the report for a valid query", async () => {
    const outcome = await runPage(
      calculatorLoader,
      new Request(
        "http://localhost/calculator?birthName=Thomas+John+Smith&birthDate=1962-07-03&gender=male&system=pythagorean",
      ),
    );
    expect(outcome.status).toBe(200);
    expect(reportCards(outcome.body!)[0]).toEqual({ key: "lifePath", value: "19/1" });
    // The page's data is the form and a heading, not the report.
    expect(JSON.stringify(outcome.data).length).toBeLessThan(2_000);
  });

  it.each([
    ["birthName=%E6%9D%8E%E5%B0%8F%E9%BE%99&birthDate=1990-01-01", "birthName", /Latin letters/],
    ["birthName=Ann&birthDate=2023-02-30", "birthDate", /doesn't exist/],
    ["birthName=&birthDate=1990-01-01", "birthName", /birth name/],
    ["birthName=Ann&birthDate=2999-01-01", "birthDate", /future/],
  ])("answers %s with 400 and the message on the field", async (query, field, message) => {
    const outcome = await run(() => calculatorLoader(routeArgs(new Request(`http://localhost/calculator?${query}`))));
    expect(outcome.status).toBe(400);
    expect(outcome).toHaveFieldError(field, message);
  });

  it("shows an empty form without a query", async () => {
    const outcome = await run(() => calculatorLoader(routeArgs(new Request("http://localhost/calculator"))));
    expect(outcome).toMatchObject({ status: 200, data: { chart: null, result: null } });
  });
});

describe("tools", () => {
  it("suggests spellings that reach the target", async () => {
    const outcome = await run(() =>
      nameToolLoader(routeArgs(get("/tools/name?name=Ann+Lee&target=7&system=pythagorean", user.cookie))),
    );
    expect(outcome.status).toBe(200);
    const output = (
      outcome.data as {
        output: { suggestions: Array<{ number: number; spelling: string }>; current: { value: number } };
      }
    ).output;
    expect(output.suggestions.length).toBeGreaterThan(0);
    for (const s of output.suggestions) expect(s.number).toBe(7);
  });

  it("refuses a master target in the Chaldean system", async () => {
    const outcome = await run(() =>
      nameToolLoader(routeArgs(get("/tools/name?name=Ann&target=11&system=chaldean", user.cookie))),
    );
    expect(outcome.status).toBe(400);
    expect(outcome).toHaveFieldError("target", /1, 2, 3/);
  });

  it("lists the dates of a month with the chosen Personal Day", async () => {
    const outcome = await run(() =>
      datesToolLoader(routeArgs(get("/tools/dates?month=2026-12&number=1&person=me", user.cookie))),
    );
    expect(outcome.status).toBe(200);
    const output = (outcome.data as { output: { dates: string[] } }).output;
    expect(output.dates.length).toBeGreaterThanOrEqual(3);
    // Nine days apart within a month.
    expect(Number(output.dates[1].slice(8)) - Number(output.dates[0].slice(8))).toBe(9);
    const bad = await run(() => datesToolLoader(routeArgs(get("/tools/dates?month=2026-13&number=1", user.cookie))));
    expect(bad.status).toBe(400);
    expect(bad).toHaveFieldError("month", /YYYY-MM/);
  });
});
