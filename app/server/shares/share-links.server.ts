import { randomUUID } from "node:crypto";
import type { Person, User } from "~/server/db/db-schema";
import { getDb } from "~/server/db/db.server";
import { hashToken, randomToken } from "~/server/session/crypto.server";
import { absoluteUrl } from "~/server/http/origin.server";

/** Enough for anyone sharing by hand; a runaway script stops here. */
export const MAX_ACTIVE_SHARE_LINKS = 50;

export interface ShareLinkChoice {
  /** null: the owner's own report. */
  personId: string | null;
  showName: boolean;
  showBirthDate: boolean;
}

export interface ShareLink {
  id: string;
  personId: string | null;
  showName: boolean;
  showBirthDate: boolean;
  createdAt: number;
}

export type CreateShareLinkResult =
  { ok: true; link: ShareLink; token: string } | { ok: false; reason: "not-found" | "too-many" };

const toLink = (row: {
  id: string;
  person_id: string | null;
  show_name: number;
  show_birth_date: number;
  created_at: number;
}): ShareLink => ({
  id: row.id,
  personId: row.person_id,
  showName: row.show_name === 1,
  showBirthDate: row.show_birth_date === 1,
  createdAt: row.created_at,
});

/**
 * A new link for the owner's report or one of their people. The token is returned once and only
 * its hash is kept, so the link cannot be recovered from the database, only revoked. The checks and
 * the insert share one transaction, so two racing requests cannot both take the last free place.
 */
export async function createShareLink(userId: string, choice: ShareLinkChoice): Promise<CreateShareLinkResult> {
  return getDb()
    .transaction()
    .execute(async (trx): Promise<CreateShareLinkResult> => {
      if (choice.personId !== null) {
        const person = await trx
          .selectFrom("people")
          .select("id")
          .where("id", "=", choice.personId)
          .where("user_id", "=", userId)
          .executeTakeFirst();
        if (!person) return { ok: false, reason: "not-found" };
      }
      const { count } = await trx
        .selectFrom("share_links")
        .select((eb) => eb.fn.countAll<number>().as("count"))
        .where("user_id", "=", userId)
        .where("revoked_at", "is", null)
        .executeTakeFirstOrThrow();
      if (Number(count) >= MAX_ACTIVE_SHARE_LINKS) return { ok: false, reason: "too-many" };

      const token = randomToken();
      const row = {
        id: randomUUID(),
        user_id: userId,
        token_hash: hashToken(token),
        person_id: choice.personId,
        show_name: choice.showName ? 1 : 0,
        show_birth_date: choice.showBirthDate ? 1 : 0,
        created_at: Date.now(),
        revoked_at: null,
      };
      await trx.insertInto("share_links").values(row).execute();
      return { ok: true, link: toLink(row), token };
    });
}

/** The owner's live links, newest first: all of them, or only those for one subject (null = their own report). */
export async function listShareLinks(userId: string, subject?: { personId: string | null }): Promise<ShareLink[]> {
  let query = getDb()
    .selectFrom("share_links")
    .select(["id", "person_id", "show_name", "show_birth_date", "created_at"])
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null);
  if (subject) {
    query =
      subject.personId === null
        ? query.where("person_id", "is", null)
        : query.where("person_id", "=", subject.personId);
  }
  const rows = await query.orderBy("created_at", "desc").orderBy("id").execute();
  return rows.map(toLink);
}

/** Owner-scoped: someone else's link id revokes nothing. Returns whether a live link was revoked. */
export async function revokeShareLink(userId: string, id: string): Promise<boolean> {
  const result = await getDb()
    .updateTable("share_links")
    .set({ revoked_at: Date.now() })
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export interface SharedSubject {
  link: ShareLink;
  owner: User;
  /** The person whose report is shared; null when it is the owner's own. */
  person: Person | null;
}

/** What a public token opens, or null for an unknown or revoked token (or a subject that is gone). */
export async function findSharedSubject(token: string): Promise<SharedSubject | null> {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  const db = getDb();
  const link = await db
    .selectFrom("share_links")
    .selectAll()
    .where("token_hash", "=", hashToken(token))
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (!link) return null;
  // A deactivated account (deletion pending) shares nothing.
  const owner = await db
    .selectFrom("users")
    .selectAll()
    .where("id", "=", link.user_id)
    .where("deactivated_at", "is", null)
    .executeTakeFirst();
  if (!owner) return null;
  let person: Person | null = null;
  if (link.person_id !== null) {
    // Scoped to the link's owner as well: a link can only ever show its owner's people.
    const row = await db
      .selectFrom("people")
      .selectAll()
      .where("id", "=", link.person_id)
      .where("user_id", "=", link.user_id)
      .executeTakeFirst();
    if (!row) return null;
    person = row;
  } else if (!owner.birth_name || !owner.birth_date) {
    return null;
  }
  return { link: toLink(link), owner, person };
}

/**
 * What browsers and shared caches may do with a shared page: keep it, but ask us again before every
 * use, so a revoked link stops opening at once. Its preview image (costly to draw, fetched by link
 * previewers) may be used for 5 minutes without asking. A visitor who is signed in gets
 * `private, no-store` instead: the page then shows their own account too.
 */
export const SHARED_PAGE_CACHE = "public, no-cache";
export const SHARED_IMAGE_CACHE = "public, max-age=300";

export function shareUrl(token: string): string {
  return absoluteUrl(`/s/${token}`);
}
