import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personalDayOn } from "~/lib/view-models/day-numbers";
import { loader as dailyLoader } from "~/routes/daily._index";
import { loader as dailyDateLoader } from "~/routes/daily.$date";
import { DAILY_CARDS_ID } from "~/components/daily-view";
import { loadDaily, type DailyPageData } from "~/server/readings/daily.server";
import { updateUser } from "~/server/accounts/users.server";
import { run, setupTestApp, type TestApp } from "../../support/test-app";
import { get } from "./harness";
import { signedInUser } from "../../support/factories";
import { routeArgs } from "../../support/route";

let app: TestApp;
beforeAll(async () => {
  app = await setupTestApp();
});
afterAll(() => app.cleanup());

describe("/daily at the user's local midnight", () => {
  // 10:30 UTC: already the 27th on Kiritimati (UTC+14), still the 25th in Pago Pago (UTC−11).
  const instant = new Date("2026-11-26T10:30:00Z");

  it("gives users on either side of the date line different days at the same instant", async () => {
    const east = await signedInUser({ timezone: "Pacific/Kiritimati" });
    const west = await signedInUser({ timezone: "Pacific/Pago_Pago" });
    const a = await loadDaily(get("/daily", east.cookie), undefined, instant);
    const b = await loadDaily(get("/daily", west.cookie), undefined, instant);
    expect(a.date).toBe("2026-11-27");
    expect(b.date).toBe("2026-11-25");
    for (const d of [a, b]) {
      const pd = d.cycles.find((i) => i.key === "personalDay")!;
      expect(pd.value).toBe(personalDayOn("1815-12-10", d.date));
      expect(pd.meaning.paragraph.length).toBeGreaterThan(20);
    }
    expect(a.cycles.find((i) => i.key === "personalDay")!.value).not.toBe(
      b.cycles.find((i) => i.key === "personalDay")!.value,
    );
  });

  it("shows new cards as soon as the birth date changes, and the old ones again when it changes back", async () => {
    const user = await signedInUser({ timezone: "Europe/Paris" });
    const dayOf = async () =>
      (await loadDaily(get("/daily", user.cookie), undefined, instant)).cycles.find((i) => i.key === "personalDay")!
        .value;
    expect(await dayOf()).toBe(personalDayOn("1815-12-10", "2026-11-26"));
    await updateUser(user.id, { birth_date: "1815-12-11" });
    expect(await dayOf()).toBe(personalDayOn("1815-12-11", "2026-11-26"));
    await updateUser(user.id, { birth_date: "1815-12-10" });
    expect(await dayOf()).toBe(personalDayOn("1815-12-10", "2026-11-26"));
  });

  it("turns over exactly at local midnight", async () => {
    const user = await signedInUser({ timezone: "Pacific/Kiritimati" });
    const before = await loadDaily(get("/daily", user.cookie), undefined, new Date("2026-11-26T09:59:59Z"));
    const after = await loadDaily(get("/daily", user.cookie), undefined, new Date("2026-11-26T10:00:00Z"));
    expect([before.date, after.date]).toEqual(["2026-11-26", "2026-11-27"]);
  });
});

describe("/daily/YYYY-MM-DD", () => {
  let cookie: string;
  beforeAll(async () => {
    cookie = (await signedInUser()).cookie;
  });

  it("reads any date, links to yesterday and tomorrow, and lays out the month of Personal Days", async () => {
    const args = routeArgs(get("/daily/2024-03-01", cookie), { date: "2024-03-01" });
    const outcome = await run(() => dailyDateLoader(args));
    expect(outcome.status).toBe(200);
    const data = outcome.data as DailyPageData;
    expect(data.prev).toBe("2024-02-29");
    expect(data.next).toBe("2024-03-02");
    expect(data.calendar.days).toHaveLength(31);
    expect(data.calendar.offset).toBe(4); // 1 March 2024 was a Friday
    expect(data.calendar.prevMonth).toBe("2024-02-01");
    const { cycles } = await loadDaily(get("/daily/2024-03-01", cookie), "2024-03-01");
    const pd = cycles.find((i) => i.key === "personalDay")!;
    expect(data.calendar.days[0]).toEqual({ date: "2024-03-01", personalDay: pd.value });
    // The cards are server HTML, not loader data.
    expect(data).not.toHaveProperty("cycles");
    expect(args.context.serverHtml.get(DAILY_CARDS_ID)?.html).toContain('data-key="personalDay"');
    // Personal Days run 1–9 in step with the day within a month.
    expect(data.calendar.days[9].personalDay).toBe(pd.value);
  });

  it.each(["2023-02-30", "2026-13-01", "not-a-date", "1799-12-31", "20261126"])("answers %s with 404", async (date) => {
    const outcome = await run(() => dailyDateLoader(routeArgs(get(`/daily/${date}`, cookie), { date })));
    expect(outcome.status).toBe(404);
  });

  it("explains a date before the birth date with 400", async () => {
    const outcome = await run(() =>
      dailyDateLoader(routeArgs(get("/daily/1815-12-09", cookie), { date: "1815-12-09" })),
    );
    expect(outcome.status).toBe(400);
    expect((outcome.data as DailyPageData).problem).toMatch(/before your birth date/);
  });

  it("/daily defaults to today where the user lives", async () => {
    const outcome = await run(() => dailyLoader(routeArgs(get("/daily", cookie))));
    expect(outcome.status).toBe(200);
    const data = outcome.data as DailyPageData;
    expect(data.date).toBe(data.today);
    expect(data.date).toBe(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date()));
  });
});
