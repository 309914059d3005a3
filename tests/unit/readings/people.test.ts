import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loader as compatibilityLoader } from "~/routes/compatibility";
import { loader as dailyLoader } from "~/routes/daily._index";
import { loader as dailyDateLoader } from "~/routes/daily.$date";
import { action as deleteAction, loader as deleteLoader } from "~/routes/people.$id.delete";
import { action as editAction, loader as editLoader } from "~/routes/people.$id.edit";
import { loader as personLoader } from "~/routes/people.$id._index";
import { loader as listLoader } from "~/routes/people._index";
import { action as newAction, loader as newLoader } from "~/routes/people.new";
import { loader as datesLoader } from "~/routes/tools.dates";
import { FREE_PLAN } from "~/server/billing/entitlements.server";
import { countPeople, getPerson, listPeople } from "~/server/people/people.server";
import { run, setupTestApp, type TestApp } from "../../support/test-app";
import { get, PERSON, post, reportCards, runPage } from "./harness";
import { signedInUser } from "../../support/factories";
import { routeArgs } from "../../support/route";

let app: TestApp;
let alice: { id: string; cookie: string };
let bob: { id: string; cookie: string };

beforeAll(async () => {
  app = await setupTestApp();
  alice = await signedInUser({ name: "Alice" });
  bob = await signedInUser({
    name: "Bob",
    birthName: "Robert Allen Smith",
    birthDate: "1970-01-31",
    timezone: "America/New_York",
  });
});
afterAll(() => app.cleanup());

async function addPerson(owner: { cookie: string }, fields: Record<string, string> = PERSON) {
  return run(() => newAction(routeArgs(post("/people/new", fields, owner.cookie))));
}

async function addedId(owner: { cookie: string }, fields: Record<string, string> = PERSON): Promise<string> {
  const outcome = await addPerson(owner, fields);
  expect(outcome.status).toBe(302);
  const location = outcome.response!.headers.get("Location")!;
  expect(location).toMatch(/^\/people\/[\w-]+$/);
  return location.split("/").pop()!;
}

describe("people", () => {
  it("adds a person, redirects to their page and shows their report", async () => {
    const id = await addedId(alice);
    const person = await getPerson(alice.id, id);
    expect(person).toMatchObject({
      name: "Sam",
      birth_name: "Samuel Peter Jones",
      birth_date: "1990-05-17",
      relation: "partner",
      gender: "male",
    });

    const page = await runPage(personLoader, get(`/people/${id}`, alice.cookie), { id });
    expect(page.status).toBe(200);
    expect((page.data as { person: { name: string } }).person.name).toBe("Sam");
    expect(reportCards(page.body!, "core")[0]).toEqual({ key: "lifePath", value: "14/5" });
    // Gender given → Kua is in the Lo Shu section.
    expect(reportCards(page.body!, "lo-shu").map((c) => c.key)).toContain("kua");

    const list = await run(() => listLoader(routeArgs(get("/people", alice.cookie))));
    expect((list.data as { people: Array<{ id: string; lifePath: number }> }).people).toContainEqual(
      expect.objectContaining({ id, lifePath: 5 }),
    );
  });

  it("edits and deletes with a confirmation step", async () => {
    const id = await addedId(alice, { ...PERSON, name: "Temp" });
    const form = await run(() => editLoader(routeArgs(get(`/people/${id}/edit`, alice.cookie), { id })));
    expect((form.data as { defaults: Record<string, string> }).defaults).toMatchObject({
      name: "Temp",
      relation: "partner",
    });

    const saved = await run(() =>
      editAction(
        routeArgs(
          post(`/people/${id}/edit`, { ...PERSON, name: "Temporary", relation: "friend", gender: "" }, alice.cookie),
          { id },
        ),
      ),
    );
    expect(saved).toRedirectTo(`/people/${id}`);
    expect(await getPerson(alice.id, id)).toMatchObject({ name: "Temporary", relation: "friend", gender: null });

    const confirm = await run(() => deleteLoader(routeArgs(get(`/people/${id}/delete`, alice.cookie), { id })));
    expect(confirm.status).toBe(200);
    expect(await getPerson(alice.id, id)).toBeDefined();
    const deleted = await run(() => deleteAction(routeArgs(post(`/people/${id}/delete`, {}, alice.cookie), { id })));
    expect(deleted).toRedirectTo("/people");
    expect(await getPerson(alice.id, id)).toBeUndefined();
    const again = await run(() => deleteAction(routeArgs(post(`/people/${id}/delete`, {}, alice.cookie), { id })));
    expect(again.status).toBe(404);
  });

  it.each([
    ["a future birth date", { birthDate: "2999-01-01" }, "birthDate", /future/],
    ["an impossible date", { birthDate: "2023-02-30" }, "birthDate", /doesn't exist/],
    ["a date before 1800", { birthDate: "1799-12-31" }, "birthDate", /1800/],
    ["an empty name", { name: "  " }, "name", /Enter their name/],
    ["an empty birth name", { birthName: "" }, "birthName", /birth name/],
    ["a birth name with no Latin letters", { birthName: "李小龙" }, "birthName", /Latin letters/],
    ["an unknown relation", { relation: "enemy" }, "relation", /how you know them/],
    ["an unknown gender", { gender: "x" }, "gender", /male or female/],
  ])("refuses %s with 400 next to the field and saves nothing", async (_what, change, field, message) => {
    const before = await countPeople(alice.id);
    const outcome = await addPerson(alice, { ...PERSON, ...change });
    expect(outcome.status).toBe(400);
    expect(outcome).toHaveFieldError(field, message);
    expect(await countPeople(alice.id)).toBe(before);
  });

  it("keeps the saved person when an edit is refused", async () => {
    const id = await addedId(alice, { ...PERSON, name: "Keep" });
    const outcome = await run(() =>
      editAction(
        routeArgs(post(`/people/${id}/edit`, { ...PERSON, name: "Changed", birthName: "李小龙" }, alice.cookie), {
          id,
        }),
      ),
    );
    expect(outcome.status).toBe(400);
    expect(outcome).toHaveFieldError("birthName", /Latin letters/);
    // The reply echoes what was typed, so the form keeps it.
    expect((outcome.data as { result: { initialValue: Record<string, string> } }).result.initialValue.name).toBe(
      "Changed",
    );
    expect(await getPerson(alice.id, id)).toMatchObject({ name: "Keep", birth_name: PERSON.birthName });
  });
});

describe("owner scoping", () => {
  let id: string;
  beforeAll(async () => {
    id = await addedId(alice, { ...PERSON, name: "Private" });
  });

  it("gives another user 404 for every route that takes the person's id, and changes nothing", async () => {
    const attempts: Array<() => Promise<unknown>> = [
      () => personLoader(routeArgs(get(`/people/${id}`, bob.cookie), { id })),
      () => editLoader(routeArgs(get(`/people/${id}/edit`, bob.cookie), { id })),
      () => editAction(routeArgs(post(`/people/${id}/edit`, { ...PERSON, name: "Hijacked" }, bob.cookie), { id })),
      () => deleteLoader(routeArgs(get(`/people/${id}/delete`, bob.cookie), { id })),
      () => deleteAction(routeArgs(post(`/people/${id}/delete`, {}, bob.cookie), { id })),
      () => compatibilityLoader(routeArgs(get(`/compatibility?a=me&b=${id}`, bob.cookie))),
      () => dailyLoader(routeArgs(get(`/daily?person=${id}`, bob.cookie))),
      () => dailyDateLoader(routeArgs(get(`/daily/2026-11-26?person=${id}`, bob.cookie), { date: "2026-11-26" })),
      () => datesLoader(routeArgs(get(`/tools/dates?month=2026-12&number=1&person=${id}`, bob.cookie))),
    ];
    for (const attempt of attempts) {
      const outcome = await run(attempt);
      expect(outcome.status, String(attempt)).toBe(404);
    }
    expect(await getPerson(alice.id, id)).toMatchObject({ name: "Private" });
    const bobsList = await run(() => listLoader(routeArgs(get("/people", bob.cookie))));
    expect((bobsList.data as { people: unknown[] }).people).toEqual([]);
  });

  it("gives 404 for an id that doesn't exist at all", async () => {
    const outcome = await run(() =>
      personLoader(routeArgs(get("/people/not-a-real-id", alice.cookie), { id: "not-a-real-id" })),
    );
    expect(outcome.status).toBe(404);
  });

  it("sends a signed-out visitor to log in", async () => {
    const outcome = await run(() => personLoader(routeArgs(new Request(`http://localhost/people/${id}`), { id })));
    expect(outcome.status).toBe(302);
    expect(outcome.response!.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });
});

describe("plan limit", () => {
  it(`stops at ${FREE_PLAN.maxPeople} people with a clear message and keeps the form's values`, async () => {
    const carol = await signedInUser({ name: "Carol" });
    for (let i = 0; i < FREE_PLAN.maxPeople; i++) await addedId(carol, { ...PERSON, name: `P${i}` });
    const page = await run(() => newLoader(routeArgs(get("/people/new", carol.cookie))));
    expect(page.data).toMatchObject({ atLimit: true });
    expect((page.data as { limitMessage: string }).limitMessage).toMatch(/up to 5 people/);

    const outcome = await addPerson(carol, { ...PERSON, name: "One too many" });
    expect(outcome.status).toBe(403);
    const result = (
      outcome.data as { result: { error: Record<string, string[]>; initialValue: Record<string, string> } }
    ).result;
    expect(result.error[""]?.join(" ")).toMatch(/up to 5 people/);
    expect(result.initialValue.name).toBe("One too many");
    expect(await countPeople(carol.id)).toBe(FREE_PLAN.maxPeople);
    // Added within one millisecond, people tie on created_at: the set is what must be kept.
    expect((await listPeople(carol.id)).map((p) => p.name).sort()).toEqual(["P0", "P1", "P2", "P3", "P4"]);
  });
});

describe("compatibility", () => {
  it("compares me with one of my people: score, pairs and a narrative framed by the relation", async () => {
    const id = await addedId(bob, { ...PERSON, name: "Dana", relation: "colleague" });
    const outcome = await run(() => compatibilityLoader(routeArgs(get(`/compatibility?a=me&b=${id}`, bob.cookie))));
    expect(outcome.status).toBe(200);
    const data = outcome.data as {
      pair: { a: string; b: string };
      result: {
        score: number;
        pairs: Array<{ key: string; label: string; reason: string }>;
        narrative: { label: string; framing: string };
      };
    };
    expect(data.pair).toEqual({ a: "Bob", b: "Dana" });
    expect(data.result.score).toBeGreaterThanOrEqual(0);
    expect(data.result.score).toBeLessThanOrEqual(100);
    expect(data.result.pairs.map((p) => p.key)).toEqual([
      "lifePath",
      "expression",
      "soulUrge",
      "personality",
      "birthday",
    ]);
    expect(data.result.pairs[0].label).toBe("Life Path Number");
    expect(data.result.narrative.framing.length).toBeGreaterThan(10);
  });

  it("refuses comparing someone with themselves", async () => {
    const outcome = await run(() => compatibilityLoader(routeArgs(get("/compatibility?a=me&b=me", bob.cookie))));
    expect(outcome.status).toBe(400);
    expect((outcome.data as { problem: string }).problem).toMatch(/two different people/);
  });
});
