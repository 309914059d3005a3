/**
 * A second app process for race and crash tests: it says "ready" once loaded, waits for a line on stdin
 * ("daily <now>" or "outbox <now>"), runs one pass of that job against DATABASE_URL at that clock, and
 * prints the pass's result as JSON.
 */
import { createInterface } from "node:readline";
import { closeDb } from "../../app/server/db/db.server";
import { runDailyReadings } from "../../app/server/notifications/daily-readings.server";
import { deliveries } from "../../app/server/outbox/deliveries.server";
import { runOutboxPass } from "../../app/server/outbox/outbox.server";

const lines = createInterface({ input: process.stdin });
console.log("ready");
const line = await new Promise<string>((resolve) => lines.once("line", resolve));
lines.close();
const [job, at] = line.trim().split(" ");
const now = () => Number(at);
try {
  const result = job === "daily" ? await runDailyReadings({ now }) : await runOutboxPass(deliveries, { now });
  console.log(JSON.stringify(result));
} finally {
  await closeDb();
}
