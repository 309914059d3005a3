/**
 * What to believe of the X-Forwarded-* headers. With TRUST_PROXY = n, the last n entries of
 * X-Forwarded-For were added by our own proxies (each appends the address it got the request from);
 * anything left of them was written by the client and means nothing.
 */

const entries = (header: string | undefined) =>
  (header ?? "")
    .split(",")
    .map((value) => value.trim())
    .filter(Boolean);

/** The client's address: `hops` steps from the right of the chain that ends with the socket's peer. */
export function clientAddress(remote: string | null, forwardedFor: string | undefined, hops: number): string | null {
  if (hops === 0) return remote;
  const chain = [...entries(forwardedFor), remote ?? ""];
  // Fewer entries than proxies: the chain is as long as it gets, so its first entry is the closest to the client.
  return chain[Math.max(0, chain.length - 1 - hops)] || remote;
}

/** A header our nearest proxy sets (X-Forwarded-Host, -Proto): its last value, or none without proxies. */
export function fromNearestProxy(header: string | undefined, hops: number): string | undefined {
  return hops > 0 ? entries(header).at(-1) : undefined;
}
