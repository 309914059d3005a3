/** The reasons Stripe accepts for a refund, with words for the operator's form. */
export const REFUND_REASON_LABELS = {
  requested_by_customer: "Requested by the customer",
  duplicate: "Duplicate payment",
  fraudulent: "Fraudulent payment",
} as const;
export type RefundReason = keyof typeof REFUND_REASON_LABELS;
