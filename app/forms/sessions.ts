import { z } from "zod";

/** The sessions page's buttons: sign out one session, every other one, or all of them. */
export const sessionsActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("revoke"), sessionId: z.string().min(1).max(100) }),
  z.object({ intent: z.literal("revoke-others") }),
  z.object({ intent: z.literal("revoke-all") }),
]);
