import type { TokenPurpose } from "~/server/db/db-schema";
import { getDb } from "~/server/db/db.server";
import { hashToken, randomToken } from "~/server/session/crypto.server";

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  "verify-email": 7 * 24 * 60 * 60 * 1000,
  "reset-password": 60 * 60 * 1000,
};

/** Issues a single-use link token; earlier unused tokens of the same purpose stop working. */
export async function issueUserToken(userId: string, purpose: TokenPurpose): Promise<string> {
  const token = randomToken();
  const now = Date.now();
  await getDb()
    .transaction()
    .execute(async (trx) => {
      await revokeUserTokens(userId, purpose, trx);
      await trx
        .insertInto("user_tokens")
        .values({
          token_hash: hashToken(token),
          user_id: userId,
          purpose,
          created_at: now,
          expires_at: now + TOKEN_LIFETIME_MS[purpose],
          used_at: null,
        })
        .execute();
    });
  return token;
}

/** Unused tokens of `purpose` stop working (e.g. reset links once the password changed another way). */
export async function revokeUserTokens(userId: string, purpose: TokenPurpose, db = getDb()): Promise<void> {
  await db
    .deleteFrom("user_tokens")
    .where("user_id", "=", userId)
    .where("purpose", "=", purpose)
    .where("used_at", "is", null)
    .execute();
}

/** The owner of a live token, without using it up (to show a form). */
export async function peekUserToken(token: string, purpose: TokenPurpose): Promise<string | null> {
  const row = await getDb()
    .selectFrom("user_tokens")
    .select("user_id")
    .where("token_hash", "=", hashToken(token))
    .where("purpose", "=", purpose)
    .where("used_at", "is", null)
    .where("expires_at", ">", Date.now())
    .executeTakeFirst();
  return row?.user_id ?? null;
}

/** Marks the token used and returns its owner; the `used_at is null` guard makes a second use fail. */
export async function consumeUserToken(token: string, purpose: TokenPurpose): Promise<string | null> {
  const row = await getDb()
    .updateTable("user_tokens")
    .set({ used_at: Date.now() })
    .where("token_hash", "=", hashToken(token))
    .where("purpose", "=", purpose)
    .where("used_at", "is", null)
    .where("expires_at", ">", Date.now())
    .returning("user_id")
    .executeTakeFirst();
  return row?.user_id ?? null;
}
