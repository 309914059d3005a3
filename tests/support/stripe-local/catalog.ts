import { ApiError, newId, now, type StripeState } from "./state";

/** A recurring price; a lookup key moves to it only when asked to (`transfer_lookup_key`). */
export function createPrice(
  state: StripeState,
  p: {
    product: string;
    currency: string;
    unit_amount: number;
    interval: string;
    lookup_key?: string;
    transfer?: boolean;
    nickname?: string;
  },
) {
  if (p.lookup_key) {
    const holder = [...state.prices.values()].find((x) => x.lookup_key === p.lookup_key);
    if (holder && !p.transfer) throw new ApiError(400, `A price (${holder.id}) already uses that lookup key.`);
    if (holder) holder.lookup_key = null;
  }
  const price = {
    id: newId("price"),
    object: "price",
    active: true,
    currency: p.currency,
    unit_amount: p.unit_amount,
    product: p.product,
    lookup_key: p.lookup_key ?? null,
    nickname: p.nickname ?? null,
    recurring: { interval: p.interval, interval_count: 1, usage_type: "licensed" },
    type: "recurring",
    created: now(),
    livemode: false,
    metadata: {},
  };
  state.prices.set(price.id, price);
  return price;
}
