/** When a deleted account is erased: after the grace period (it can be restored until then) or at once. */
export const DELETION_TIMINGS = ["grace", "now"] as const;

export type DeletionWhen = (typeof DELETION_TIMINGS)[number];

/** What the account holder types to confirm a deletion. */
export const DELETE_WORD = "DELETE";
