import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planDailyReading } from "~/notifications/daily-schedule";
import { instantAt } from "~/notifications/local-time";
import { updateUser } from "~/server/accounts/users.server";
import { getDb } from "~/server/db/db.server";
import { acquireLease } from "~/server/jobs/lease.server";
import { DAILY_READINGS_JOB, runDailyReadings, type DailyRun } from "~/server/notifications/daily-readings.server";
import { startJobProcess } from "../../support/job-process";
import { setupTestApp, type TestApp } from "../../support/test-app";
import { makeUser } from "../../support/factories";
import { PASSWORD } from "../privacy/helpers";

const at = (iso: string) => Date.parse(iso);
const utc = (ms: number) => new Date(ms).toISOString();

describe("planDailyReading across zones and DST", () => {
  const plan = (timeZone: string, dailyTime: string, lastDate: string | null, now: string) =>
    planDailyReading({ timeZone, dailyTime, lastDate }, at(now));

  it("New York, spring forward 2027-03-14: 02:30 doesn't exist, so the reading goes at 03:00 EDT", () => {
    const before = plan("America/New_York", "02:30", "2027-03-13", "2027-03-14T05:00:00Z"); // 00:00 EST
    expect(utc(before.nextDueAt)).toBe("2027-03-14T07:00:00.000Z"); // 03:00 EDT, the next valid minute
    expect(before.sendFor).toBeNull();
    const due = plan("America/New_York", "02:30", "2027-03-13", "2027-03-14T07:00:00Z");
    expect(due.sendFor).toBe("2027-03-14");
    expect(utc(due.nextDueAt)).toBe("2027-03-15T06:30:00.000Z"); // 02:30 EDT the day after
  });

  it("New York, fall back 2027-11-07: 01:30 happens twice and is sent once, at the first", () => {
    const first = plan("America/New_York", "01:30", "2027-11-06", "2027-11-07T05:30:00Z"); // 01:30 EDT
    expect(first.sendFor).toBe("2027-11-07");
    const second = plan("America/New_York", "01:30", "2027-11-07", "2027-11-07T06:30:00Z"); // 01:30 EST
    expect(second.sendFor).toBeNull();
    expect(utc(second.nextDueAt)).toBe("2027-11-08T06:30:00.000Z");
    expect(utc(instantAt("2027-11-07", "01:30", "America/New_York"))).toBe("2027-11-07T05:30:00.000Z");
  });

  it("London across its spring change, Kolkata's half hour, and both ends of the date line", () => {
    expect(utc(instantAt("2027-03-28", "01:30", "Europe/London"))).toBe("2027-03-28T01:00:00.000Z"); // skipped → 02:00 BST
    expect(utc(instantAt("2027-03-27", "08:00", "Europe/London"))).toBe("2027-03-27T08:00:00.000Z");
    expect(utc(instantAt("2027-03-28", "08:00", "Europe/London"))).toBe("2027-03-28T07:00:00.000Z");
    expect(utc(instantAt("2027-01-10", "08:00", "Asia/Kolkata"))).toBe("2027-01-10T02:30:00.000Z");
    // UTC+14 and UTC−11: the same instant is two different local dates, 25 hours apart on the clock.
    const now = "2027-01-10T20:00:00Z";
    expect(plan("Pacific/Kiritimati", "08:00", "2027-01-10", now).nextDueAt).toBe(at("2027-01-11T18:00:00Z"));
    expect(plan("Pacific/Pago_Pago", "08:00", "2027-01-09", now)).toEqual({
      sendFor: "2027-01-10",
      nextDueAt: at("2027-01-11T19:00:00Z"),
    });
  });

  it("catches up later the same local day, never the day after, and never twice for a day", () => {
    // Down at 08:00, back at 14:00 the same day: sent then.
    expect(plan("Europe/London", "08:00", "2027-01-09", "2027-01-10T14:00:00Z").sendFor).toBe("2027-01-10");
    // Back the next morning before 08:00: yesterday's is not sent; today's is due at 08:00.
    const nextMorning = plan("Europe/London", "08:00", "2027-01-09", "2027-01-11T06:00:00Z");
    expect(nextMorning).toEqual({ sendFor: null, nextDueAt: at("2027-01-11T08:00:00Z") });
    // Already sent today: nothing until tomorrow, however often we look.
    expect(plan("Europe/London", "08:00", "2027-01-10", "2027-01-10T23:59:00Z").sendFor).toBeNull();
    // A move to a zone a day behind never repeats a date already sent.
    expect(plan("Pacific/Pago_Pago", "08:00", "2027-01-11", "2027-01-10T23:00:00Z").sendFor).toBeNull();
  });
});

describe("runDailyReadings", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await setupTestApp();
  });
  afterAll(() => app.cleanup());
  const db = () => getDb();
  const readings = (userId: string) =>
    db()
      .selectFrom("notifications")
      .select(["title", "url"])
      .where("user_id", "=", userId)
      .where("type", "=", "daily_reading")
      .execute();

  it("sends today's reading once at the chosen time, and looks only at users who are due", async () => {
    const user = await makeUser({ email: "daily@example.com", password: PASSWORD });
    await updateUser(user.id, { timezone: "Asia/Kolkata" });
    const morning = instantAt("2027-02-01", "07:00", "Asia/Kolkata");
    expect(await runDailyReadings({ now: () => morning })).toMatchObject({ ran: true, sent: 0, rescheduled: 1 });
    const settings = await db()
      .selectFrom("notification_settings")
      .selectAll()
      .where("user_id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(settings.daily_next_due_at).toBe(instantAt("2027-02-01", "08:00", "Asia/Kolkata"));
    // Nobody is due until then: a pass does nothing.
    expect(await runDailyReadings({ now: () => morning + 30 * 60_000 })).toMatchObject({ sent: 0, rescheduled: 0 });

    const eight = instantAt("2027-02-01", "08:00", "Asia/Kolkata");
    expect(await runDailyReadings({ now: () => eight })).toMatchObject({ sent: 1 });
    expect(await readings(user.id)).toEqual([
      { title: expect.stringMatching(/^1 February 2027: /), url: "/daily/2027-02-01" },
    ]);
    // Someone resets the schedule (a crash before it was saved, a second process): still one for the day.
    await db()
      .updateTable("notification_settings")
      .set({ daily_next_due_at: 0, daily_last_date: null })
      .where("user_id", "=", user.id)
      .execute();
    expect(await runDailyReadings({ now: () => eight + 60_000 })).toMatchObject({ sent: 1 });
    expect(await readings(user.id)).toHaveLength(1);
  });

  it("two processes racing for the lease send each reading once", async () => {
    const users = [];
    for (let i = 0; i < 5; i++) {
      const user = await makeUser({ email: `race-${i}@example.com`, password: PASSWORD });
      await updateUser(user.id, { timezone: "Europe/London" });
      users.push(user.id);
    }
    const noon = instantAt("2027-02-02", "12:00", "Europe/London");
    const env = { DATABASE_URL: `file:${app.dir}/test.db`, DATA_DIR: app.dir, LOG_LEVEL: "silent" };
    const dailyCount = async () =>
      (await db().selectFrom("notifications").select("id").where("type", "=", "daily_reading").execute()).length;
    const before = await dailyCount();
    const [one, two] = await Promise.all([startJobProcess(env), startJobProcess(env)]);
    const results = (await Promise.all([one.run("daily", noon), two.run("daily", noon)])) as DailyRun[];
    // Whichever way the race went, every reading sent is one notification, and no user got two.
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe((await dailyCount()) - before);
    const sent = await db()
      .selectFrom("notifications")
      .select("user_id")
      .where("type", "=", "daily_reading")
      .where("user_id", "in", users)
      .execute();
    expect(sent.map((r) => r.user_id).sort()).toEqual([...users].sort());
  }, 30_000);

  it("runs in one process at a time", async () => {
    expect(await acquireLease(db(), DAILY_READINGS_JOB, "another-process", Date.now(), 60_000)).toBe(true);
    expect((await runDailyReadings()).ran).toBe(false);
    await db().deleteFrom("job_leases").execute();
  });
});
