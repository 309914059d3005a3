import type { BillingInterval, PaidPlanId } from "~/billing/plans";

/** Billing (migration 0007): our copy of what Stripe holds, keyed by Stripe's ids. */
export interface BillingCustomersTable {
  user_id: string;
  stripe_customer_id: string;
  created_at: number;
}

export interface BillingSubscriptionsTable {
  id: string;
  user_id: string;
  plan: PaidPlanId;
  interval: BillingInterval;
  /** Stripe's status: active, trialing, past_due, canceled, incomplete, incomplete_expired, unpaid, paused. */
  status: string;
  cancel_at_period_end: number;
  period_end_at: number | null;
  ended_at: number | null;
  read_at: number;
  created_at: number;
  updated_at: number;
}

export interface BillingInvoicesTable {
  id: string;
  user_id: string;
  subscription_id: string | null;
  number: string | null;
  status: string;
  amount_due: number;
  amount_paid: number;
  currency: string;
  hosted_invoice_url: string | null;
  invoice_pdf: string | null;
  payment_intent_id: string | null;
  billing_reason: string | null;
  issued_at: number;
  read_at: number;
}

export interface BillingRefundsTable {
  id: string;
  user_id: string;
  invoice_id: string;
  amount: number;
  currency: string;
  reason: string | null;
  status: string;
  refunded_at: number;
}

export interface StripeEventsTable {
  id: string;
  type: string;
  processed_at: number;
}

/** Billing: our copy of what Stripe holds. */
export interface BillingTables {
  billing_customers: BillingCustomersTable;
  billing_subscriptions: BillingSubscriptionsTable;
  billing_invoices: BillingInvoicesTable;
  billing_refunds: BillingRefundsTable;
  stripe_events: StripeEventsTable;
}
