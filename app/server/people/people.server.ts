import { randomUUID } from "node:crypto";
import type { Person, PersonGender, PersonRelation } from "~/server/db/db-schema";
import { getDb } from "~/server/db/db.server";
import { preparedQuery } from "~/server/db/prepared-query.server";

/** Every function takes the owner's id and puts it in the where clause: another user's id finds nothing. */

export interface PersonInput {
  name: string;
  birthName: string;
  birthDate: string;
  gender: PersonGender | null;
  relation: PersonRelation;
}

const columns = (input: PersonInput) => ({
  name: input.name,
  birth_name: input.birthName,
  birth_date: input.birthDate,
  gender: input.gender,
  relation: input.relation,
});

/** Oldest first. */
export const listPeople: (ownerId: string) => Promise<Person[]> = preparedQuery((db, ownerId: string) =>
  db.selectFrom("people").selectAll().where("user_id", "=", ownerId).orderBy("created_at").orderBy("id"),
);

export async function getPerson(ownerId: string, id: string): Promise<Person | undefined> {
  return getDb()
    .selectFrom("people")
    .selectAll()
    .where("user_id", "=", ownerId)
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function countPeople(ownerId: string): Promise<number> {
  const row = await getDb()
    .selectFrom("people")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", ownerId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Adds a person unless the owner already has `limit`; the count and the insert share one transaction so
 * two racing submissions cannot both pass the check. Returns null at the limit.
 */
export async function createPerson(ownerId: string, input: PersonInput, limit: number): Promise<Person | null> {
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const { n } = await trx
        .selectFrom("people")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("user_id", "=", ownerId)
        .executeTakeFirstOrThrow();
      if (Number(n) >= limit) return null;
      const now = Date.now();
      const person: Person = {
        id: randomUUID(),
        user_id: ownerId,
        ...columns(input),
        created_at: now,
        updated_at: now,
      };
      await trx.insertInto("people").values(person).execute();
      return person;
    });
}

/** Returns false when the person is not the owner's (nothing changes). */
export async function updatePerson(ownerId: string, id: string, input: PersonInput): Promise<boolean> {
  const result = await getDb()
    .updateTable("people")
    .set({ ...columns(input), updated_at: Date.now() })
    .where("user_id", "=", ownerId)
    .where("id", "=", id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deletePerson(ownerId: string, id: string): Promise<boolean> {
  const result = await getDb()
    .deleteFrom("people")
    .where("user_id", "=", ownerId)
    .where("id", "=", id)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
