import { DAILY_READINGS_JOB, runDailyReadings } from "../notifications/daily-readings.server";
import { startOutboxWorker, stopOutboxWorker } from "../outbox/worker.server";
import { PURGE_JOB, runPurgeJob } from "~/server/privacy/purge.server";
import { REMEDY_REMINDERS_JOB, runRemedyReminders } from "~/server/remedies/reminders.server";
import { HOUSEKEEPING_JOB, runHousekeeping } from "./housekeeping.server";
import { JobRunner } from "./job-runner.server";

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

/** The periodic jobs; each takes a database lease, so one process runs it however many are started. */
const periodic = [
  { runner: new JobRunner(PURGE_JOB, () => runPurgeJob()), intervalMs: HOUR, firstRunMs: 30_000 },
  { runner: new JobRunner(HOUSEKEEPING_JOB, () => runHousekeeping()), intervalMs: HOUR, firstRunMs: 60_000 },
  // Readings are due at a chosen minute; a pass costs only the users due, so it can look every minute.
  { runner: new JobRunner(DAILY_READINGS_JOB, () => runDailyReadings()), intervalMs: MINUTE, firstRunMs: 5_000 },
  // Remedy reminders too: the pass reads only trackings whose indexed next-due instant has come.
  { runner: new JobRunner(REMEDY_REMINDERS_JOB, () => runRemedyReminders()), intervalMs: MINUTE, firstRunMs: 10_000 },
];

/** Background work of a running app: the periodic jobs and the outbox worker. */
export function startJobs() {
  for (const { runner, intervalMs, firstRunMs } of periodic) runner.every(intervalMs, firstRunMs);
  startOutboxWorker();
}

export async function stopJobs() {
  await Promise.all([...periodic.map(({ runner }) => runner.stop()), stopOutboxWorker()]);
}
