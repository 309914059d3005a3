import { JobRunner } from "../jobs/job-runner.server";
import { deliveries } from "./deliveries.server";
import { onEnqueue, OUTBOX_JOB, runOutboxPass } from "./outbox.server";

/** Rows queued by other processes, and retries that come due, are found by polling this often. */
const POLL_MS = 30_000;

const worker = new JobRunner(OUTBOX_JOB, () => runOutboxPass(deliveries));

/** Polls, and wakes at once when this process queues something. */
export function startOutboxWorker(pollMs = POLL_MS) {
  onEnqueue(() => void worker.trigger());
  worker.every(pollMs, 0);
}

export async function stopOutboxWorker() {
  onEnqueue(undefined);
  await worker.stop();
}

/** Delivers everything due now and resolves when done (the worker's own pass, if one is running). */
export function deliverOutbox(): Promise<void> {
  return worker.trigger();
}
