import type { Generated } from "kysely";

export const OUTBOX_STATUSES = ["pending", "sent", "dead"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** Work queued for the background worker (migration 0006); see app/server/outbox/. */
export interface OutboxTable {
  id: Generated<number>;
  kind: string;
  /** JSON, validated by the kind's schema when delivered. */
  payload: string;
  idempotency_id: string;
  user_id: string | null;
  status: OutboxStatus;
  attempts: Generated<number>;
  next_attempt_at: number;
  last_error: string | null;
  created_at: number;
  updated_at: number;
}

/** The outbox the background worker delivers. */
export interface OutboxTables {
  outbox: OutboxTable;
}
