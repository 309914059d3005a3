import { z } from "zod";
import { BILLING_INTERVALS, PAID_PLAN_IDS } from "~/billing/plans";
import { REFUND_REASON_LABELS } from "~/billing/refund-reasons";

/** Every billing form, derived from the plan table. */

export const planChoiceSchema = z.object({
  plan: z.enum(PAID_PLAN_IDS, { error: "Choose Basic, Premium or Elite." }),
  interval: z.enum(BILLING_INTERVALS, { error: "Choose monthly or yearly." }),
});

export const manageSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("cancel") }),
  z.object({ intent: z.literal("resume") }),
]);

export const changeSchema = planChoiceSchema.extend({
  prorationDate: z.coerce.number().int().positive(),
});

const REASONS = Object.keys(REFUND_REASON_LABELS) as [
  keyof typeof REFUND_REASON_LABELS,
  ...(keyof typeof REFUND_REASON_LABELS)[],
];

export const refundSchema = z.object({
  invoiceId: z.string().min(1).max(100),
  /** Dollars and cents as typed ("4.99"), kept as whole cents. */
  amount: z
    .string({ error: "Enter an amount." })
    .trim()
    .regex(/^\d{1,6}(\.\d{1,2})?$/, "Enter an amount like 4.99.")
    .transform((v) => Math.round(Number(v) * 100))
    .refine((cents) => cents > 0, "Enter an amount above zero."),
  reason: z.enum(REASONS, { error: "Choose a reason." }),
});

export const customerSearchSchema = z.object({ email: z.email("Enter an email address.").max(254) });
