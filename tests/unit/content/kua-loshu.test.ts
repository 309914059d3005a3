import { describe, expect, it } from "vitest";
import {
  DIRECTIONS,
  KUA_FACTS,
  KUA_NUMBERS,
  LO_SHU_SECTOR,
  DIGITS,
  getContent,
  kuaReading,
  loShuArrow,
  loShuDigitReading,
  loShuMissingRemedy,
  loShuSector,
  type Direction,
  type KuaNumber,
} from "~/content";

const sorted = (xs: readonly string[]) => [...xs].sort();

describe("Kua (Eight Mansions)", () => {
  it("covers 1–9 without 5", () => {
    expect(sorted(Object.keys(KUA_FACTS))).toEqual(["1", "2", "3", "4", "6", "7", "8", "9"]);
    expect(() => kuaReading(5)).toThrow(/no Kua 5/);
    expect(() => kuaReading(0)).toThrow(Error);
    expect(() => kuaReading(10)).toThrow(Error);
  });

  it("gives each Kua its eight directions as a permutation of the compass", () => {
    for (const k of KUA_NUMBERS) {
      const r = kuaReading(k);
      const all = [...Object.values(r.favourable), ...Object.values(r.unfavourable)];
      expect(sorted(all)).toEqual(sorted(DIRECTIONS));
      expect(r.favourableList.map((x) => x.name)).toEqual(["Sheng Qi", "Tian Yi", "Yan Nian", "Fu Wei"]);
      expect(r.unfavourableList.map((x) => x.name)).toEqual(["Huo Hai", "Wu Gui", "Liu Sha", "Jue Ming"]);
      expect(r.title && r.paragraph && r.tips.length).toBeTruthy();
    }
  });

  it("puts 1, 3, 4, 9 in the East group and 2, 6, 7, 8 in the West group", () => {
    const east = KUA_NUMBERS.filter((k) => KUA_FACTS[k].group === "East");
    const west = KUA_NUMBERS.filter((k) => KUA_FACTS[k].group === "West");
    expect(east).toEqual([1, 3, 4, 9]);
    expect(west).toEqual([2, 6, 7, 8]);
  });

  it("gives East-group Kuas N/S/E/SE and West-group Kuas NE/SW/W/NW as favourable", () => {
    for (const k of KUA_NUMBERS) {
      const fav = sorted(Object.values(KUA_FACTS[k].favourable));
      expect(fav).toEqual(
        KUA_FACTS[k].group === "East" ? sorted(["N", "S", "E", "SE"]) : sorted(["NE", "SW", "W", "NW"]),
      );
    }
  });

  it("uses each Kua's home trigram direction as Fu Wei", () => {
    const home: Record<KuaNumber, Direction> = { 1: "N", 2: "SW", 3: "E", 4: "SE", 6: "NW", 7: "W", 8: "NE", 9: "S" };
    for (const k of KUA_NUMBERS) expect(KUA_FACTS[k].favourable.fuWei).toBe(home[k]);
  });

  it("is symmetric: if Kua a has Kua b's home in some position, b has a's home in the same position", () => {
    const homeOf = (k: KuaNumber) => KUA_FACTS[k].favourable.fuWei;
    const kuaAt = (d: Direction) => KUA_NUMBERS.find((k) => homeOf(k) === d)!;
    for (const a of KUA_NUMBERS) {
      const f = KUA_FACTS[a];
      for (const [kind, dir] of [...Object.entries(f.favourable), ...Object.entries(f.unfavourable)]) {
        if (kind === "fuWei") continue;
        const b = kuaAt(dir as Direction);
        const back = { ...KUA_FACTS[b].favourable, ...KUA_FACTS[b].unfavourable } as Record<string, Direction>;
        expect(back[kind], `Kua ${a} ${kind} → Kua ${b}`).toBe(homeOf(a));
      }
    }
  });

  it("matches the standard table for a few well-known entries", () => {
    expect(KUA_FACTS[1].favourable).toEqual({ shengQi: "SE", tianYi: "E", yanNian: "S", fuWei: "N" });
    expect(KUA_FACTS[1].unfavourable).toEqual({ huoHai: "W", wuGui: "NE", liuSha: "NW", jueMing: "SW" });
    expect(KUA_FACTS[2].favourable.shengQi).toBe("NE");
    expect(KUA_FACTS[6].unfavourable.jueMing).toBe("S");
    expect(KUA_FACTS[9].favourable).toEqual({ shengQi: "E", tianYi: "SE", yanNian: "N", fuWei: "S" });
  });
});

describe("Lo Shu", () => {
  it("places missing-number remedies in the right sector and element", () => {
    const element = {
      1: "Water",
      2: "Earth",
      3: "Wood",
      4: "Wood",
      5: "Earth",
      6: "Metal",
      7: "Metal",
      8: "Earth",
      9: "Fire",
    };
    for (const d of DIGITS) {
      const r = loShuMissingRemedy(d);
      expect(r.direction).toBe(LO_SHU_SECTOR[d]);
      expect(r.direction).toBe(loShuSector(d));
      expect(r.element).toBe(element[d]);
    }
  });

  it("reads counts as missing / present / twice / many", () => {
    expect(loShuDigitReading(4, 0).kind).toBe("missing");
    expect(loShuDigitReading(4, 0).text).toBe(getContent().loShuMissing[4].meaning);
    expect(loShuDigitReading(4, 1).kind).toBe("present");
    expect(loShuDigitReading(4, 2).kind).toBe("twice");
    expect(loShuDigitReading(4, 3).kind).toBe("many");
    expect(loShuDigitReading(4, 7).kind).toBe("many");
    expect(() => loShuDigitReading(0, 1)).toThrow(Error);
    expect(() => loShuDigitReading(3, -1)).toThrow(Error);
  });

  it("parses engine arrow keys and rejects unknown ones", () => {
    const a = loShuArrow("weakness:Thought");
    expect(a.kind).toBe("weakness");
    expect(a.name).toBe("Thought");
    expect(a.title).toContain("4, 3, 8");
    expect(loShuArrow("strength:Will").title).toContain("9-5-1");
    expect(() => loShuArrow("strength:Luck")).toThrow(/Unknown Lo Shu arrow/);
  });

  it("names each arrow's digits correctly in its title", () => {
    const lines = {
      Mental: [4, 9, 2],
      Emotional: [3, 5, 7],
      Practical: [8, 1, 6],
      Thought: [4, 3, 8],
      Will: [9, 5, 1],
      Action: [2, 7, 6],
      Determination: [4, 5, 6],
      Spirituality: [2, 5, 8],
    } as const;
    for (const [name, digits] of Object.entries(lines)) {
      expect(loShuArrow(`strength:${name}`).title).toContain(digits.join("-"));
      expect(loShuArrow(`weakness:${name}`).title).toContain(digits.join(", "));
    }
  });
});
