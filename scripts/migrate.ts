/** `npm run db:migrate`: applies pending migrations to DATABASE_URL (the server also does this at start). */
import { closeDb, getDb, migrateToLatest } from "../app/server/db/db.server";
import { getEnv } from "../app/server/config/env.server";

const applied = await migrateToLatest(getDb());
console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
console.log(`database: ${getEnv().DATABASE_URL}`);
await closeDb();
