/**
 * A process that migrates DATABASE_URL when told to: it says "ready" once loaded, waits for a line on
 * stdin, migrates, and prints what it applied. Two of them told at once migrate at the same moment.
 */
import { createInterface } from "node:readline";
import { closeDb, getDb, migrateToLatest } from "../../app/server/db/db.server";

const lines = createInterface({ input: process.stdin });
console.log("ready");
await new Promise((resolve) => lines.once("line", resolve));
lines.close();
try {
  const applied = await migrateToLatest(getDb());
  console.log(`applied: ${applied.length}`);
} catch (error) {
  console.log(`failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await closeDb();
}
