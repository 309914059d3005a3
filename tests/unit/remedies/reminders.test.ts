import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/server/db/db.server";
import { nextReminder } from "~/server/remedies/reminder-schedule";
import { runRemedyReminders, STALE_AFTER_MS, type ReminderMessage } from "~/server/remedies/reminders.server";
import { saveReminder, startTracking, upsertCheckIn } from "~/server/remedies/store.server";
import { updateUser } from "~/server/accounts/users.server";
import { setupTestApp, type TestApp } from "../../support/test-app";
import { signedInUser } from "../../support/factories";

const iso = (ms: number) => new Date(ms).toISOString();

describe("reminder schedule", () => {
  it("fires at the local time on both sides of a DST change, and after a skipped time at the gap's end", () => {
    const at = (time: string, days: number[], timeZone: string, after: string) =>
      iso(nextReminder({ time, days, timeZone }, Date.parse(after))!.at);
    const everyDay = [0, 1, 2, 3, 4, 5, 6];
    expect(at("08:00", everyDay, "Europe/Paris", "2026-03-28T00:00:00Z")).toBe("2026-03-28T07:00:00.000Z");
    expect(at("08:00", everyDay, "Europe/Paris", "2026-03-29T00:00:00Z")).toBe("2026-03-29T06:00:00.000Z");
    expect(at("08:00", everyDay, "Europe/Paris", "2026-10-25T00:00:00Z")).toBe("2026-10-25T07:00:00.000Z");
    // New York falls back at 02:00 on 1 November 2026: 08:00 that day is already EST.
    expect(at("08:00", everyDay, "America/New_York", "2026-11-01T06:00:00Z")).toBe("2026-11-01T13:00:00.000Z");
    expect(at("08:00", everyDay, "America/New_York", "2026-10-31T06:00:00Z")).toBe("2026-10-31T12:00:00.000Z");
    expect(at("21:15", everyDay, "Asia/Kolkata", "2026-12-01T00:00:00Z")).toBe("2026-12-01T15:45:00.000Z");
    // 02:30 doesn't exist in Paris on 29 March: it fires at 03:00 CEST, the first minute after the gap.
    expect(at("02:30", everyDay, "Europe/Paris", "2026-03-28T23:00:00Z")).toBe("2026-03-29T01:00:00.000Z");
  });

  it("finds the next chosen weekday strictly after now, in the user's zone", () => {
    const rule = { time: "08:00", days: [0, 3], timeZone: "Europe/Paris" }; // Mondays and Thursdays
    // Tuesday 1 Dec 2026, 10:00 UTC → Thursday 3 Dec, 08:00 CET.
    expect(nextReminder(rule, Date.parse("2026-12-01T10:00:00Z"))).toEqual({
      at: Date.parse("2026-12-03T07:00:00Z"),
      date: "2026-12-03",
    });
    // Monday 30 Nov 06:59 UTC is 07:59 in Paris: today's 08:00 is still ahead.
    expect(nextReminder(rule, Date.parse("2026-11-30T06:59:00Z"))?.date).toBe("2026-11-30");
    expect(nextReminder(rule, Date.parse("2026-11-30T07:00:00Z"))?.date).toBe("2026-12-03");
    // 11:30 UTC on Tuesday is already 00:30 on Wednesday in Auckland: that morning's 07:00 is next.
    const auckland = { time: "07:00", days: [2], timeZone: "Pacific/Auckland" }; // Wednesdays
    expect(nextReminder(auckland, Date.parse("2026-12-01T11:30:00Z"))).toEqual({
      at: Date.parse("2026-12-01T18:00:00Z"),
      date: "2026-12-02",
    });
    expect(nextReminder({ ...rule, days: [] }, Date.now())).toBeNull();
  });
});

describe("the due-reminder job", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await setupTestApp();
  });
  afterAll(() => app.cleanup());

  it("sends what is due, skips days already checked in, stale and stopped ones, and schedules the next", async () => {
    const owner = await signedInUser({ email: "reminders.job@example.com", birthDate: "1984-06-27" });
    await updateUser(owner.id, { timezone: "Europe/Paris" });
    const now = Date.parse("2026-12-01T07:05:00Z"); // Tuesday, 08:05 in Paris
    const due = now - 5 * 60_000;
    const ids: string[] = [];
    for (const remedyId of ["lo-shu-3", "lo-shu-5", "colour-9", "mantra-9"]) {
      const outcome = await startTracking(owner.id, remedyId, "2026-11-30", null);
      if (!outcome.ok) throw new Error("not tracked");
      ids.push(outcome.tracking.id);
      await saveReminder(owner.id, outcome.tracking.id, { time: "08:00", days: "1", nextAt: due });
    }
    const [send, checked, stale, future] = ids;
    await upsertCheckIn(checked, {
      date: "2026-12-01",
      done: false,
      rating: null,
      moodBefore: null,
      moodAfter: null,
      note: null,
    });
    await saveReminder(owner.id, stale, { time: "08:00", days: "1", nextAt: now - STALE_AFTER_MS - 1 });
    await saveReminder(owner.id, future, { time: "08:00", days: "1", nextAt: now + 60_000 });

    const sent: Array<[string, ReminderMessage, string]> = [];
    const run = await runRemedyReminders({
      now: () => now,
      send: async (userId, message, key) => void sent.push([userId, message, key]),
    });
    expect(run).toEqual({ ran: true, sent: 1, skipped: 2 });
    expect(sent).toEqual([
      [
        owner.id,
        {
          title: "Time for: Tend a plant, keep an idea notebook",
          body: expect.stringContaining("plant"),
          url: `/remedies/tracking/${send}?date=2026-12-01#check-in`,
        },
        `remedy_reminder:${send}:2026-12-01`,
      ],
    ]);
    const rows = await getDb()
      .selectFrom("remedy_trackings")
      .select(["id", "reminder_next_at"])
      .where("user_id", "=", owner.id)
      .execute();
    const next = Object.fromEntries(rows.map((r) => [r.id, r.reminder_next_at]));
    const nextTuesday = Date.parse("2026-12-08T07:00:00Z");
    expect([next[send], next[checked], next[stale], next[future]]).toEqual([
      nextTuesday,
      nextTuesday,
      nextTuesday,
      now + 60_000,
    ]);

    // A second pass finds nothing due; a pass that can't take the lease does nothing.
    expect(await runRemedyReminders({ now: () => now, send: async () => void sent.push(sent[0]) })).toEqual({
      ran: true,
      sent: 0,
      skipped: 0,
    });
    await getDb()
      .insertInto("job_leases")
      .values({ name: "remedy-reminders", holder: "other", expires_at: now + 60_000 })
      .execute();
    expect((await runRemedyReminders({ now: () => now, send: async () => undefined })).ran).toBe(false);
    expect(sent).toHaveLength(1);
  });

  it("sends through notify() as a remedy_reminder: one in-app notification per tracking and day", async () => {
    const owner = await signedInUser({ email: "reminders.notify@example.com", birthDate: "1984-06-27" });
    const outcome = await startTracking(owner.id, "lo-shu-5", "2026-11-30", null);
    if (!outcome.ok) throw new Error("not tracked");
    const now = Date.parse("2026-12-02T12:00:00Z"); // Wednesday, noon in London: outside any quiet hours
    await saveReminder(owner.id, outcome.tracking.id, { time: "11:55", days: "2", nextAt: now - 5 * 60_000 });
    expect(await runRemedyReminders({ now: () => now })).toMatchObject({ ran: true, sent: 1 });
    // The same day again (a pass repeated after a crash, say) makes no second notification.
    await saveReminder(owner.id, outcome.tracking.id, { time: "11:55", days: "2", nextAt: now - 60_000 });
    expect((await runRemedyReminders({ now: () => now })).sent).toBe(1);
    const rows = await getDb()
      .selectFrom("notifications")
      .select(["type", "title", "url"])
      .where("user_id", "=", owner.id)
      .execute();
    expect(rows).toEqual([
      {
        type: "remedy_reminder",
        title: "Time for: A grounding walk",
        url: `/remedies/tracking/${outcome.tracking.id}?date=2026-12-02#check-in`,
      },
    ]);
  });
});
