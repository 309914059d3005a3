import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { z } from "zod";
import type { Database } from "~/server/db/db-schema";
import { getDb } from "~/server/db/db.server";
import { acquireLease, newHolder, releaseLease } from "../jobs/lease.server";
import { getLogger } from "~/server/config/logger.server";

/**
 * The durable outbox. A request records what must happen outside it (a mail, later a push or an in-app
 * notification) as a row and replies at once; a worker under a database lease does the work, retrying
 * with backoff (or as long as the receiver's Retry-After asks) and setting a row aside as `dead` after
 * MAX_ATTEMPTS, where operators find it (`npm run outbox`). Delivery is at least once: a process that dies
 * between doing the work and marking the row does it again, so every handler is given the row's
 * idempotency key to pass to its receiver (a push Topic, a mail Message-ID), which makes the repeat
 * replace the first rather than arrive twice. This module knows no channel: kinds and their handlers are
 * in deliveries.server.ts.
 */

export const OUTBOX_JOB = "outbox";
export const MAX_ATTEMPTS = 8;
const LEASE_MS = 60_000;
const BATCH = 20;

/** 30 s, 1, 2, 4 … minutes, at most an hour: about four hours from the first try to the last. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60 * 60_000, 30_000 * 2 ** Math.max(0, attempts - 1));
}

/** Thrown by a handler when the receiver asked to be tried again no sooner than `retryAfterMs` from now. */
export class RetryLater extends Error {
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(message);
  }
}

export interface DeliveryContext {
  /** The row's idempotency key: the same on every attempt. */
  key: string;
  attempts: number;
}

export interface Delivery<Payload> {
  schema: z.ZodType<Payload>;
  deliver(payload: Payload, context: DeliveryContext): Promise<void>;
}

// Each kind brings its own payload type; the map is only read through `Delivery<unknown>`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Deliveries = Record<string, Delivery<any>>;

let wake: (() => void) | undefined;

/** The worker registers here, so a row queued in this process is picked up at once rather than at the next poll. */
export function onEnqueue(listener: (() => void) | undefined) {
  wake = listener;
}

export interface EnqueueOptions {
  /** Same key, same work: a second enqueue with it is ignored. Random by default. */
  key?: string;
  /** Whose work this is, so the account purge deletes it with the account. */
  userId?: string | null;
  /** A transaction to enqueue in, so the row commits (or not) with the caller's other writes. */
  db?: Kysely<Database>;
  now?: number;
  /** Not before this instant (quiet hours defer work; they never drop it). */
  notBefore?: number;
}

/** Queues work of `kind`; returns false if the idempotency key was already queued. */
export async function enqueue(kind: string, payload: unknown, options: EnqueueOptions = {}): Promise<boolean> {
  const now = options.now ?? Date.now();
  const result = await (options.db ?? getDb())
    .insertInto("outbox")
    .values({
      kind,
      payload: JSON.stringify(payload),
      idempotency_id: options.key ?? `${kind}:${randomUUID()}`,
      user_id: options.userId ?? null,
      status: "pending",
      next_attempt_at: Math.max(now, options.notBefore ?? now),
      last_error: null,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.column("idempotency_id").doNothing())
    .executeTakeFirst();
  const queued = (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
  if (queued) wake?.();
  return queued;
}

export interface OutboxRun {
  /** False when another process holds the lease. */
  ran: boolean;
  sent: number;
  retried: number;
  dead: number;
}

export interface OutboxPassOptions {
  db?: Kysely<Database>;
  now?: () => number;
  holder?: string;
}

/** One pass: everything due, in order, while this process holds the lease. */
export async function runOutboxPass(deliveries: Deliveries, options: OutboxPassOptions = {}): Promise<OutboxRun> {
  const db = options.db ?? getDb();
  const clock = options.now ?? Date.now;
  const holder = options.holder ?? newHolder();
  const run: OutboxRun = { ran: false, sent: 0, retried: 0, dead: 0 };
  if (!(await acquireLease(db, OUTBOX_JOB, holder, clock(), LEASE_MS))) return run;
  run.ran = true;
  try {
    for (;;) {
      const due = await db
        .selectFrom("outbox")
        .select(["id", "kind", "payload", "attempts", "idempotency_id"])
        .where("status", "=", "pending")
        .where("next_attempt_at", "<=", clock())
        .orderBy("next_attempt_at")
        .orderBy("id")
        .limit(BATCH)
        .execute();
      if (!due.length) break;
      // Renewing proves we still hold the lease; if it lapsed and someone took over, leave the rest to them.
      if (!(await acquireLease(db, OUTBOX_JOB, holder, clock(), LEASE_MS))) return run;
      // A batch goes out side by side, so one slow or dead receiver never holds up the others.
      const outcomes = await Promise.all(due.map((row) => deliverRow(db, deliveries, row, clock)));
      for (const outcome of outcomes) run[outcome] += 1;
    }
  } finally {
    await releaseLease(db, OUTBOX_JOB, holder);
  }
  return run;
}

type Outcome = "sent" | "retried" | "dead";

async function deliverRow(
  db: Kysely<Database>,
  deliveries: Deliveries,
  row: { id: number; kind: string; payload: string; attempts: number; idempotency_id: string },
  clock: () => number,
): Promise<Outcome> {
  const attempts = row.attempts + 1;
  const log = getLogger().child({ job: OUTBOX_JOB, outboxId: row.id, kind: row.kind, attempts });
  const delivery = deliveries[row.kind] as Delivery<unknown> | undefined;
  const parsed = delivery?.schema.safeParse(parseJson(row.payload));
  if (!delivery || !parsed?.success) {
    // Retrying can't fix a kind nobody handles or a payload its handler can't read.
    const error = delivery ? "payload does not match its kind's schema" : "no delivery for this kind";
    log.error({ error }, "outbox row set aside");
    await settle(db, row.id, { status: "dead", attempts, last_error: error }, clock());
    return "dead";
  }
  try {
    await delivery.deliver(parsed.data, { key: row.idempotency_id, attempts });
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    if (attempts >= MAX_ATTEMPTS) {
      log.error({ err: error }, "outbox delivery failed for the last time; row set aside");
      await settle(db, row.id, { status: "dead", attempts, last_error: message }, clock());
      return "dead";
    }
    log.warn({ err: error }, "outbox delivery failed; will retry");
    const wait = Math.max(retryDelayMs(attempts), error instanceof RetryLater ? error.retryAfterMs : 0);
    const next = clock() + wait;
    await settle(db, row.id, { status: "pending", attempts, last_error: message, next_attempt_at: next }, clock());
    return "retried";
  }
  await settle(db, row.id, { status: "sent", attempts, last_error: null }, clock());
  return "sent";
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function settle(
  db: Kysely<Database>,
  id: number,
  changes: {
    status: Database["outbox"]["status"];
    attempts: number;
    last_error: string | null;
    next_attempt_at?: number;
  },
  now: number,
) {
  await db
    .updateTable("outbox")
    .set({ ...changes, updated_at: now })
    .where("id", "=", id)
    .execute();
}
