/**
 * A least-recently-used map bounded by the total size of what it keeps (a Map keeps insertion order; a
 * hit moves its entry to the end, and the oldest go first). The limit is read on every write, so a
 * setting of 0 keeps nothing.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();
  private total = 0;

  constructor(
    private readonly limit: () => number,
    private readonly sizeOf: (key: string, value: V) => number,
  ) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    const limit = this.limit();
    const size = this.sizeOf(key, value);
    this.delete(key);
    if (size > limit) return;
    this.entries.set(key, value);
    this.total += size;
    for (const [oldest, kept] of this.entries) {
      if (this.total <= limit) break;
      this.delete(oldest, kept);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string, value = this.entries.get(key)) {
    if (value === undefined) return;
    this.entries.delete(key);
    this.total -= this.sizeOf(key, value);
  }
}
