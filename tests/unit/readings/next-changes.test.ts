import { describe, expect, it } from "vitest";
import { nextChanges } from "~/lib/view-models/next-changes";
import { computeProfile } from "~/numerology";

describe("what changes next", () => {
  it("lists the coming changes soonest first (a transit this December before next year's Personal Year)", () => {
    const profile = computeProfile({ birthName: "Ada Lovelace Byron", birthDate: "1990-12-10", today: "2026-11-26" });
    const { changes, lastPinnacle } = nextChanges(profile);
    const dates = changes.map((c) => c.date);
    expect(dates).toEqual([...dates].sort());
    expect(changes.map((c) => [c.kind, c.date])).toEqual([
      ["transit", "2026-12-10"],
      ["personal-year", "2027-01-01"],
      ["pinnacle", "2030-12-10"],
    ]);
    expect(lastPinnacle).toBe(false);
  });

  it("says the last Pinnacle lasts for life once no Pinnacle is left to begin", () => {
    const profile = computeProfile({ birthName: "Ada Lovelace Byron", birthDate: "1930-12-10", today: "2026-11-26" });
    const { changes, lastPinnacle } = nextChanges(profile);
    expect(lastPinnacle).toBe(true);
    expect(changes.map((c) => c.kind)).not.toContain("pinnacle");
  });
});
