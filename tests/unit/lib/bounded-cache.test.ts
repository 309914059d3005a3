import { describe, expect, it } from "vitest";
import { BoundedCache } from "~/lib/bounded-cache";

const cacheOf = (limit: { value: number }) =>
  new BoundedCache<string>(
    () => limit.value,
    (_key, value) => value.length,
  );

describe("BoundedCache", () => {
  it("drops the least recently used entries first once over its limit", () => {
    const cache = cacheOf({ value: 6 });
    cache.set("a", "aa");
    cache.set("b", "bb");
    cache.set("c", "cc");
    expect(cache.get("a")).toBe("aa"); // now the most recent
    cache.set("d", "dd");
    expect(cache.get("b")).toBeUndefined();
    expect([cache.get("a"), cache.get("c"), cache.get("d")]).toEqual(["aa", "cc", "dd"]);
  });

  it("replaces an entry without counting it twice, and keeps nothing larger than the limit", () => {
    const cache = cacheOf({ value: 4 });
    cache.set("a", "aaa");
    cache.set("a", "aaaa");
    expect(cache.get("a")).toBe("aaaa");
    cache.set("big", "12345");
    expect(cache.get("big")).toBeUndefined();
    expect(cache.get("a")).toBe("aaaa");
  });

  it("keeps nothing when its limit is 0", () => {
    const limit = { value: 10 };
    const cache = cacheOf(limit);
    limit.value = 0;
    cache.set("a", "a");
    expect(cache.size).toBe(0);
  });
});
