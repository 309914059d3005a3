import { startOutboxWorker, stopOutboxWorker } from "../outbox/worker.server";
import { PURGE_JOB, runPurgeJob } from "~/server/privacy/purge.server";
import { HOUSEKEEPING_JOB, runHousekeeping } from "./housekeeping.server";
import { JobRunner } from "./job-runner.server";

const HOUR = 60 * 60 * 1000;

/** The hourly jobs; each takes a database lease, so one process runs it however many are started. */
const hourly = [
  { runner: new JobRunner(PURGE_JOB, () => runPurgeJob()), firstRunMs: 30_000 },
  { runner: new JobRunner(HOUSEKEEPING_JOB, () => runHousekeeping()), firstRunMs: 60_000 },
];

/** Background work of a running app: the hourly jobs and the outbox worker. */
export function startJobs() {
  for (const { runner, firstRunMs } of hourly) runner.every(HOUR, firstRunMs);
  startOutboxWorker();
}

export async function stopJobs() {
  await Promise.all([...hourly.map(({ runner }) => runner.stop()), stopOutboxWorker()]);
}
