import { describe, expect, it } from "vitest";
import { computeProfile } from "~/numerology";
import { profileAnswer } from "~/server/readings/profile-answers.server";

describe("profileAnswer", () => {
  const query = { birthName: "Grace Brewster Hopper", birthDate: "1906-12-09", today: "2026-12-01" };

  it("computes a new query and gives a repeated one its kept answer", () => {
    const first = profileAnswer(query);
    expect(JSON.parse(first.body.toString())).toEqual(JSON.parse(JSON.stringify(computeProfile(query))));
    expect(profileAnswer({ ...query })).toBe(first);
  });

  it("keeps answers apart by every field of the query", () => {
    const first = profileAnswer(query);
    for (const other of [
      { ...query, today: "2026-12-02" },
      { ...query, gender: "female" as const },
      { ...query, system: "chaldean" as const },
      { ...query, steps: false },
      { ...query, birthDate: "1906-12-10" },
    ]) {
      const answer = profileAnswer(other);
      expect(answer).not.toBe(first);
      expect(JSON.parse(answer.body.toString())).toEqual(JSON.parse(JSON.stringify(computeProfile(other))));
    }
  });
});
