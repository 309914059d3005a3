import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as indexAction, loader as indexLoader } from "~/routes/remedies._index";
import { loader as progressLoader } from "~/routes/remedies.progress";
import { action as trackingAction, loader as trackingLoader } from "~/routes/remedies.tracking.$id";
import { loader as personLoader } from "~/routes/people.$id._index";
import { addDays } from "~/lib/dates/calendar";
import { getDb } from "~/server/db/db.server";
import { todayFor } from "~/server/readings/readings.server";
import { startTracking } from "~/server/remedies/store.server";
import { formRequest, getRequest, run, setupTestApp, type TestApp } from "../../support/test-app";
import { signedInUser, addPerson } from "../../support/factories";
import { routeArgs } from "../../support/route";

let app: TestApp;
beforeAll(async () => {
  app = await setupTestApp();
});
afterAll(() => app.cleanup());

type Owner = Awaited<ReturnType<typeof signedInUser>>;
const today = () => todayFor({ timezone: "Europe/London" });

async function track(owner: Owner, remedyId: string) {
  return run(() => indexAction(routeArgs(formRequest("/remedies", { remedyId }, { cookie: owner.cookie }))));
}

/** Tracks a remedy and returns the tracking's id (from the redirect). */
async function tracked(owner: Owner, remedyId = "lo-shu-3") {
  const outcome = await track(owner, remedyId);
  expect(outcome.status).toBe(302);
  return outcome.response!.headers.get("Location")!.replace("/remedies/tracking/", "");
}

const post = (owner: Owner, id: string, fields: Record<string, string>) =>
  run(() =>
    trackingAction(routeArgs(formRequest(`/remedies/tracking/${id}`, fields, { cookie: owner.cookie }), { id })),
  );

const checkIn = (owner: Owner, id: string, fields: Record<string, string> = {}) =>
  post(owner, id, { intent: "check-in", date: today(), done: "yes", rating: "4", ...fields });

const errorsOf = (outcome: { data?: unknown }) =>
  (outcome.data as { result: { error: Record<string, string[]> } }).result.error;

async function progress(owner: Owner) {
  const outcome = await run(() => progressLoader(routeArgs(getRequest("/remedies/progress", owner.cookie))));
  return outcome.data as Awaited<ReturnType<typeof progressLoader>>;
}

describe("/remedies", () => {
  it("lists the remedies the chart calls for, with the plan's limit", async () => {
    const owner = await signedInUser({ email: "remedies.list@example.com", birthDate: "1984-06-27" });
    const outcome = await run(() => indexLoader(routeArgs(getRequest("/remedies", owner.cookie))));
    const data = outcome.data as Awaited<ReturnType<typeof indexLoader>>;
    expect(data.remedies.slice(0, 2).map((r) => r.id)).toEqual(["lo-shu-3", "lo-shu-5"]);
    expect(data).toMatchObject({ active: 0, limit: 1, atLimit: false, problem: null });
  });

  it("tracks a remedy (free plan: one at a time) and refuses a second with 403; stopping frees the place", async () => {
    const owner = await signedInUser({ email: "remedies.limit@example.com", birthDate: "1984-06-27" });
    const id = await tracked(owner, "lo-shu-3");
    expect((await track(owner, "lo-shu-3")).response!.headers.get("Location")).toBe(`/remedies/tracking/${id}`);
    const second = await track(owner, "lo-shu-5");
    expect(second.status).toBe(403);
    expect(second.data).toEqual({
      trackError: { remedyId: "lo-shu-5", message: expect.stringMatching(/up to 1 remedy at a time/) },
    });
    expect((await post(owner, id, { intent: "stop" })).status).toBe(302);
    const other = await tracked(owner, "lo-shu-5");
    expect(other).not.toBe(id);
    // Tracking the first again resumes it (same id, history kept) only once there is room.
    expect((await track(owner, "lo-shu-3")).status).toBe(403);
  });

  it("reads the limit from the user's subscription: basic tracks 5, premium any number", async () => {
    const subscribe = async (userId: string, plan: "basic" | "premium") => {
      const now = Date.now();
      await getDb()
        .insertInto("billing_subscriptions")
        .values({
          id: `sub_${plan}_${userId}`,
          user_id: userId,
          plan,
          interval: "monthly",
          status: "active",
          cancel_at_period_end: 0,
          ended_at: null,
          period_end_at: now + 30 * 86_400_000,
          read_at: now,
          created_at: now,
          updated_at: now,
        })
        .execute();
    };
    const remedies = ["lo-shu-3", "lo-shu-5", "colour-9", "mantra-9", "gemstone-1", "food-1", "karmic-8"];
    const basic = await signedInUser({ email: "remedies.basic@example.com", birthDate: "1984-06-27" });
    await subscribe(basic.id, "basic");
    for (const id of remedies.slice(0, 5)) expect((await track(basic, id)).status, id).toBe(302);
    expect((await track(basic, remedies[5])).data).toEqual({
      trackError: { remedyId: remedies[5], message: expect.stringMatching(/up to 5 remedies at a time/) },
    });
    const premium = await signedInUser({ email: "remedies.premium@example.com", birthDate: "1984-06-27" });
    await subscribe(premium.id, "premium");
    for (const id of remedies) expect((await track(premium, id)).status, id).toBe(302);
  });

  it("counts plan limits: basic 5, premium and elite unlimited", async () => {
    const owner = await signedInUser({ email: "remedies.plans@example.com", birthDate: "1984-06-27" });
    for (let n = 1; n <= 5; n += 1) expect((await startTracking(owner.id, `karmic-${n}`, today(), 5)).ok).toBe(true);
    expect(await startTracking(owner.id, "karmic-6", today(), 5)).toEqual({ ok: false, reason: "limit" });
    expect((await startTracking(owner.id, "karmic-6", today(), null)).ok).toBe(true);
  });

  it("refuses an unknown remedy, or one this chart doesn't call for, with 400 next to it", async () => {
    const owner = await signedInUser({ email: "remedies.unknown@example.com", birthDate: "1984-06-27" });
    for (const remedyId of ["nope-1", "lo-shu-4", "", "<script>"]) {
      const outcome = await track(owner, remedyId);
      expect(outcome.status, remedyId).toBe(400);
      expect(outcome.data).toEqual({ trackError: { remedyId, message: "That isn't one of your remedies." } });
    }
    expect(await getDb().selectFrom("remedy_trackings").selectAll().where("user_id", "=", owner.id).execute()).toEqual(
      [],
    );
  });

  it("shows a person's remedies on their page", async () => {
    const owner = await signedInUser({ email: "remedies.person@example.com", birthDate: "1984-06-27" });
    const person = await addPerson(owner.id);
    const args = routeArgs(getRequest(`/people/${person.id}`, owner.cookie), { id: person.id });
    const outcome = await run(() => personLoader(args));
    expect(outcome.status).toBe(200);
    // Server HTML (text only), not loader data. 9 December 1906: driver 9, conductor 1+9+6+1+2+9 = 28 → 1.
    const html = args.context.serverHtml.get("personal-remedies-list")?.html ?? "";
    for (const id of ["colour-9", "mantra-9", "gemstone-1", "food-1"]) expect(html).toContain(`id="remedy-${id}"`);
    expect(outcome.data).not.toHaveProperty("remedies");
  });
});

describe("check-ins", () => {
  it("saves today, then updates the same day instead of adding one; yesterday makes a streak of 2", async () => {
    const owner = await signedInUser({ email: "remedies.checkin@example.com", birthDate: "1984-06-27" });
    const id = await tracked(owner);
    expect((await checkIn(owner, id)).status).toBe(302);
    expect((await progress(owner)).remedies[0]).toMatchObject({ currentStreak: 1, longestStreak: 1 });
    const cell = (await progress(owner)).heatmap.flat().find((d) => d.date === today());
    expect(cell).toEqual({ date: today(), count: 1 });

    const edited = await checkIn(owner, id, {
      rating: "2",
      note: "Rushed it.",
      moodBefore: "tense",
      moodAfter: "calm",
    });
    expect(edited.status).toBe(302);
    const rows = await getDb().selectFrom("remedy_check_ins").selectAll().where("tracking_id", "=", id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ rating: 2, note: "Rushed it.", mood_before: "tense", mood_after: "calm", done: 1 });

    expect((await checkIn(owner, id, { date: addDays(today(), -1) })).status).toBe(302);
    const after = await progress(owner);
    expect(after.remedies[0]).toMatchObject({ currentStreak: 2, longestStreak: 2, averageRating: 3 });
    expect(after.summary.thisWeek.done + after.summary.lastWeek.done).toBe(2);

    const page = await run(() =>
      trackingLoader(routeArgs(getRequest(`/remedies/tracking/${id}?date=${today()}`, owner.cookie), { id })),
    );
    expect((page.data as { checkIn: unknown }).checkIn).toEqual({
      date: today(),
      done: "yes",
      rating: "2",
      moodBefore: "tense",
      moodAfter: "calm",
      note: "Rushed it.",
    });
  });

  it("answers bad input with 400 next to the field and saves nothing", async () => {
    const owner = await signedInUser({ email: "remedies.bad@example.com", birthDate: "1984-06-27" });
    const id = await tracked(owner);
    const cases: Array<[Record<string, string>, string, RegExp]> = [
      [{ rating: "0" }, "rating", /1 to 5/],
      [{ rating: "6" }, "rating", /1 to 5/],
      [{ rating: "2.5" }, "rating", /1 to 5/],
      [{ date: addDays(today(), -7) }, "date", /today or one of the 6 days/],
      [{ date: addDays(today(), 1) }, "date", /today or one of the 6 days/],
      [{ date: "yesterday" }, "date", /today or one of the 6 days/],
      [{ note: "x".repeat(1001) }, "note", /under 1,000 characters/],
      [{ done: "maybe" }, "done", /whether you did it/],
      [{ moodBefore: "ecstatic" }, "moodBefore", /mood from the list/],
    ];
    for (const [fields, field, message] of cases) {
      const outcome = await checkIn(owner, id, fields);
      expect(outcome.status, JSON.stringify(fields)).toBe(400);
      expect(errorsOf(outcome)[field]?.join(" "), field).toMatch(message);
    }
    expect((await checkIn(owner, id, { date: addDays(today(), -6), note: "x".repeat(1000) })).status).toBe(302);
    expect(
      await getDb().selectFrom("remedy_check_ins").selectAll().where("tracking_id", "=", id).execute(),
    ).toHaveLength(1);
    expect((await post(owner, id, { intent: "dance" })).status).toBe(400);
  });

  it("refuses a check-in on a stopped remedy; tracking it again resumes it with its history", async () => {
    const owner = await signedInUser({ email: "remedies.stopped@example.com", birthDate: "1984-06-27" });
    const id = await tracked(owner);
    await checkIn(owner, id);
    await post(owner, id, { intent: "stop" });
    expect((await checkIn(owner, id, { rating: "1" })).status).toBe(409);
    expect(await tracked(owner)).toBe(id);
    expect((await progress(owner)).remedies).toMatchObject([{ id, active: true, currentStreak: 1 }]);
  });
});

describe("owner scoping", () => {
  it("another user's tracking is a 404 to read, check in, set a reminder or stop, and nothing changes", async () => {
    const owner = await signedInUser({ email: "remedies.owner@example.com", birthDate: "1984-06-27" });
    const other = await signedInUser({ email: "remedies.other@example.com", birthDate: "1984-06-27" });
    const id = await tracked(owner);
    await checkIn(owner, id);
    const page = await run(() =>
      trackingLoader(routeArgs(getRequest(`/remedies/tracking/${id}`, other.cookie), { id })),
    );
    expect(page.status).toBe(404);
    const attempts: Array<Record<string, string>> = [
      { intent: "check-in", date: today(), done: "no" },
      { intent: "reminder", time: "08:00", days: "0" },
      { intent: "reminder-off" },
      { intent: "stop" },
    ];
    for (const fields of attempts) expect((await post(other, id, fields)).status, fields.intent).toBe(404);
    expect((await progress(other)).remedies).toEqual([]);
    const rows = await getDb().selectFrom("remedy_check_ins").selectAll().where("tracking_id", "=", id).execute();
    expect(rows.map((r) => r.done)).toEqual([1]);
    const tracking = await getDb().selectFrom("remedy_trackings").selectAll().where("id", "=", id).executeTakeFirst();
    expect(tracking).toMatchObject({ stopped_at: null, reminder_time: null });
  });

  it("an unknown tracking id is a 404", async () => {
    const owner = await signedInUser({ email: "remedies.missing@example.com", birthDate: "1984-06-27" });
    const page = await run(() =>
      trackingLoader(routeArgs(getRequest("/remedies/tracking/x", owner.cookie), { id: "x" })),
    );
    expect(page.status).toBe(404);
  });
});

describe("reminders", () => {
  it("stores a local time and weekdays with the next due instant; bad input is a 400 on its field", async () => {
    const owner = await signedInUser({ email: "remedies.reminder@example.com", birthDate: "1984-06-27" });
    const id = await tracked(owner);
    expect(errorsOf(await post(owner, id, { intent: "reminder", time: "25:00", days: "0" })).time).toBeTruthy();
    expect(errorsOf(await post(owner, id, { intent: "reminder", time: "08:00" })).days).toEqual([
      "Choose at least one day.",
    ]);
    const saved = await run(() =>
      trackingAction(
        routeArgs(
          new Request(`http://localhost/remedies/tracking/${id}`, {
            method: "POST",
            headers: {
              "Content-Type": "application/x-www-form-urlencoded",
              Origin: "http://localhost",
              Cookie: owner.cookie,
            },
            body: "intent=reminder&time=07%3A30&days=0&days=3",
          }),
          { id },
        ),
      ),
    );
    expect(saved.status).toBe(302);
    const row = await getDb().selectFrom("remedy_trackings").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ reminder_time: "07:30", reminder_days: "0,3" });
    expect(row.reminder_next_at).toBeGreaterThan(Date.now());
    expect(
      new Intl.DateTimeFormat("en-GB", {
        timeZone: "Europe/London",
        hour: "2-digit",
        minute: "2-digit",
        weekday: "short",
      }).format(row.reminder_next_at!),
    ).toMatch(/^(Mon|Thu) 07:30$/);
    await post(owner, id, { intent: "stop" });
    const stopped = await getDb()
      .selectFrom("remedy_trackings")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(stopped).toMatchObject({ reminder_time: "07:30", reminder_next_at: null });
  });
});
