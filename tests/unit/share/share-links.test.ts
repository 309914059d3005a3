import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "~/server/session/crypto.server";
import {
  createShareLink,
  findSharedSubject,
  listShareLinks,
  MAX_ACTIVE_SHARE_LINKS,
  revokeShareLink,
} from "~/server/shares/share-links.server";
import { createUser, updateUser } from "~/server/accounts/users.server";
import { setupTestApp, type TestApp } from "../../support/test-app";

let app: TestApp;
let owner: string;
let stranger: string;
let personId: string;
let strangersPerson: string;

async function addUser(email: string) {
  const user = await createUser({ email, name: "Owner" });
  await updateUser(user!.id, { birth_name: "Ada Lovelace Byron", birth_date: "1815-12-10", timezone: "Europe/London" });
  return user!.id;
}

async function addPerson(userId: string, name: string) {
  const id = randomUUID();
  const now = Date.now();
  await app.db
    .insertInto("people")
    .values({
      id,
      user_id: userId,
      name,
      birth_name: `${name} Example`,
      birth_date: "1990-04-02",
      gender: null,
      relation: "friend",
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

beforeAll(async () => {
  app = await setupTestApp();
  owner = await addUser("owner@example.com");
  stranger = await addUser("stranger@example.com");
  personId = await addPerson(owner, "Grace");
  strangersPerson = await addPerson(stranger, "Mallory");
});
afterAll(() => app.cleanup());

describe("share links", () => {
  it("stores only a hash of an unguessable token and opens the owner's report with it", async () => {
    const created = await createShareLink(owner, { personId: null, showName: true, showBirthDate: false });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.token).toMatch(/^[\w-]{43}$/);
    const row = await app.db
      .selectFrom("share_links")
      .selectAll()
      .where("id", "=", created.link.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    const subject = await findSharedSubject(created.token);
    expect(subject).toMatchObject({
      link: { id: created.link.id, showName: true, showBirthDate: false, personId: null },
      person: null,
    });
    expect(subject!.owner.id).toBe(owner);
  });

  it("shares one of the owner's people, but never someone else's", async () => {
    const mine = await createShareLink(owner, { personId, showName: false, showBirthDate: true });
    expect(mine.ok).toBe(true);
    if (mine.ok) expect((await findSharedSubject(mine.token))!.person).toMatchObject({ id: personId, name: "Grace" });
    expect(await createShareLink(owner, { personId: strangersPerson, showName: true, showBirthDate: true })).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(await createShareLink(owner, { personId: "no-such-person", showName: true, showBirthDate: true })).toEqual({
      ok: false,
      reason: "not-found",
    });
  });

  it("lists live links per owner and subject", async () => {
    const all = await listShareLinks(owner);
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(await listShareLinks(owner, { personId: null })).toSatisfy((links: { personId: string | null }[]) =>
      links.every((l) => l.personId === null),
    );
    expect((await listShareLinks(owner, { personId })).map((l) => l.personId)).toEqual([personId]);
    expect(await listShareLinks(stranger)).toEqual([]);
  });

  it("revokes only the owner's own links, once; a revoked or unknown token opens nothing", async () => {
    const created = await createShareLink(owner, { personId: null, showName: false, showBirthDate: false });
    if (!created.ok) throw new Error("not created");
    expect(await revokeShareLink(stranger, created.link.id)).toBe(false);
    expect(await findSharedSubject(created.token)).not.toBeNull();
    expect(await revokeShareLink(owner, created.link.id)).toBe(true);
    expect(await revokeShareLink(owner, created.link.id)).toBe(false);
    expect(await findSharedSubject(created.token)).toBeNull();
    expect((await listShareLinks(owner)).map((l) => l.id)).not.toContain(created.link.id);
    expect(await findSharedSubject("x".repeat(43))).toBeNull();
    expect(await findSharedSubject("../../etc")).toBeNull();
  });

  it("dies with its person and with its owner's account, and hides while the account is deactivated", async () => {
    const temp = await addPerson(owner, "Temp");
    const created = await createShareLink(owner, { personId: temp, showName: true, showBirthDate: true });
    if (!created.ok) throw new Error("not created");
    await app.db.deleteFrom("people").where("id", "=", temp).execute();
    expect(await findSharedSubject(created.token)).toBeNull();
    expect(
      await app.db.selectFrom("share_links").select("id").where("id", "=", created.link.id).executeTakeFirst(),
    ).toBeUndefined();

    const leaving = await addUser("leaving@example.com");
    const link = await createShareLink(leaving, { personId: null, showName: true, showBirthDate: true });
    if (!link.ok) throw new Error("not created");
    await updateUser(leaving, { deactivated_at: Date.now() });
    expect(await findSharedSubject(link.token)).toBeNull();
    await app.db.deleteFrom("users").where("id", "=", leaving).execute();
    expect(await app.db.selectFrom("share_links").select("id").where("user_id", "=", leaving).execute()).toEqual([]);
  });

  it("caps the number of live links per account", async () => {
    const busy = await addUser("busy@example.com");
    for (let i = 0; i < MAX_ACTIVE_SHARE_LINKS; i++) {
      expect((await createShareLink(busy, { personId: null, showName: false, showBirthDate: false })).ok).toBe(true);
    }
    expect(await createShareLink(busy, { personId: null, showName: false, showBirthDate: false })).toEqual({
      ok: false,
      reason: "too-many",
    });
  });

  it("lets only one of two racing creates take the last free place", async () => {
    const racer = await addUser("racer@example.com");
    const choice = { personId: null, showName: false, showBirthDate: false };
    for (let i = 0; i < MAX_ACTIVE_SHARE_LINKS - 1; i++) expect((await createShareLink(racer, choice)).ok).toBe(true);
    const results = await Promise.all([createShareLink(racer, choice), createShareLink(racer, choice)]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(await listShareLinks(racer)).toHaveLength(MAX_ACTIVE_SHARE_LINKS);
  });
});
