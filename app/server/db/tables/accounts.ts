import type { Generated } from "kysely";

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  google_sub: string | null;
  email_verified_at: number | null;
  birth_name: string | null;
  birth_date: string | null;
  timezone: string | null;
  created_at: number;
  updated_at: number;
  /** Set when the owner asked to delete the account; it is then purged when its grace period ends. */
  deactivated_at: number | null;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
  ip: string | null;
  user_agent: string | null;
}

export type TokenPurpose = "verify-email" | "reset-password";

export interface UserTokensTable {
  token_hash: string;
  user_id: string;
  purpose: TokenPurpose;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

export interface RateLimitsTable {
  key: string;
  count: number;
  reset_at: number;
}

export interface SecurityEventsTable {
  id: Generated<number>;
  user_id: string;
  type: string;
  created_at: number;
  ip: string | null;
  user_agent: string | null;
  detail: string | null;
}

export type AccountDeletionStatus = "scheduled" | "purging";

export interface AccountDeletionsTable {
  user_id: string;
  requested_at: number;
  purge_after: number;
  status: AccountDeletionStatus;
  /** JSON array of the tables the purge has emptied so far (progress, for resuming and for operators). */
  tables_done: Generated<string>;
  updated_at: number;
}

export interface JobLeasesTable {
  name: string;
  holder: string;
  expires_at: number;
}

/** What outlives a deleted account: a count per UTC day, nothing personal. */
export interface DeletionStatsTable {
  day: string;
  deletions: number;
}

/** Accounts, sessions, tokens, security log, deletion and the jobs' leases. */
export interface AccountTables {
  users: UsersTable;
  sessions: SessionsTable;
  user_tokens: UserTokensTable;
  rate_limits: RateLimitsTable;
  security_events: SecurityEventsTable;
  account_deletions: AccountDeletionsTable;
  job_leases: JobLeasesTable;
  deletion_stats: DeletionStatsTable;
}
