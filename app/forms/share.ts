import { z } from "zod";
import { redirectToField } from "./fields";

/** An HTML checkbox: "on" when ticked, absent otherwise. */
const checkbox = z
  .literal("on")
  .optional()
  .transform((v) => v === "on");

export const createShareSchema = z.object({
  intent: z.literal("create"),
  /** Empty: the signed-in user's own report. */
  personId: z
    .string()
    .max(100)
    .optional()
    .transform((v) => (v ? v : null)),
  showName: checkbox,
  showBirthDate: checkbox,
});

export const revokeShareSchema = z.object({
  intent: z.literal("revoke"),
  id: z.string().min(1).max(100),
  redirectTo: redirectToField,
});

export const shareActionSchema = z.discriminatedUnion("intent", [createShareSchema, revokeShareSchema]);
