import type { Compilable, CompiledQuery, Kysely } from "kysely";
import type { Database } from "./db-schema";
import { getDb } from "./db.server";

/** Stands for the call's argument at `index` while the query is built. */
class Slot {
  constructor(readonly index: number) {}
}

/**
 * A query that every page runs (the session, the header's badges, the user's options), built and compiled
 * once per database; each call only binds its arguments. Kysely otherwise rebuilds and compiles the query
 * tree on every call, which on a light page costs as much as running the SQL.
 *
 * Only for queries whose SQL text never depends on an argument's value: arguments compared with `=`, no
 * `in` lists, no clauses added when an argument is set. `build` receives placeholders, not values, so it
 * must only pass its arguments to Kysely.
 */
export function preparedQuery<Args extends unknown[], Row>(
  build: (db: Kysely<Database>, ...args: Args) => Compilable<Row>,
): (...args: Args) => Promise<Row[]> {
  const compiled = new WeakMap<Kysely<Database>, CompiledQuery<Row>>();
  const arity = build.length - 1;
  return async (...args) => {
    const db = getDb();
    let query = compiled.get(db);
    if (!query) {
      const slots = Array.from({ length: arity }, (_, i) => new Slot(i));
      query = build(db, ...(slots as Args)).compile();
      const bound = new Set(query.parameters.flatMap((p) => (p instanceof Slot ? [p.index] : [])));
      if (bound.size !== arity) throw new Error(`preparedQuery: an argument never reached the SQL in ${query.sql}`);
      compiled.set(db, query);
    }
    const parameters = query.parameters.map((p) => (p instanceof Slot ? args[p.index] : p));
    return (await db.executeQuery<Row>({ ...query, parameters })).rows;
  };
}
