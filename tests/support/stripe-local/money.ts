import { ApiError, listOf, newId, now, type Obj, type StripeState } from "./state";

/** Money moving back: prorations for a plan switch and refunds of a payment. */

/** Charge now for a switch: the new price, less the unused part of the old one (a yearly switch starts a new period). */
export function proration(subscription: Obj, newPrice: Obj, at = now()) {
  const item = subscription.items.data[0];
  const length = item.current_period_end - item.current_period_start;
  const unused = Math.max(0, item.current_period_end - at) / length;
  const credit = Math.round(item.price.unit_amount * unused);
  const sameInterval = newPrice.recurring.interval === item.price.recurring.interval;
  const charge = sameInterval ? Math.round(newPrice.unit_amount * unused) : newPrice.unit_amount;
  return { amount: charge - credit, resetPeriod: !sameInterval, credit, charge };
}

export function refund(
  state: StripeState,
  p: { payment_intent: string; amount?: number; reason?: string; metadata?: Obj },
) {
  const intent = state.get(state.paymentIntents, p.payment_intent, "payment_intent");
  const charge = intent.latest_charge ? state.charges.get(intent.latest_charge) : undefined;
  if (!charge)
    throw new ApiError(400, "This PaymentIntent has no successful charge to refund.", "charge_not_refundable");
  const amount = p.amount ?? charge.amount - charge.amount_refunded;
  if (amount <= 0 || charge.amount_refunded + amount > charge.amount) {
    throw new ApiError(
      400,
      `Refund amount (${amount}) is greater than unrefunded amount on charge`,
      "amount_too_large",
    );
  }
  const refund = {
    id: newId("re"),
    object: "refund",
    amount,
    currency: charge.currency,
    charge: charge.id,
    payment_intent: intent.id,
    reason: p.reason ?? null,
    status: "succeeded",
    created: now(),
    metadata: p.metadata ?? {},
  };
  state.refunds.set(refund.id, refund);
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded === charge.amount;
  charge.refunds = listOf([...charge.refunds.data, refund]);
  state.emit("refund.created", refund);
  state.emit("charge.refunded", charge);
  return refund;
}
