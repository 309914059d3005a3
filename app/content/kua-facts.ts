import type { Direction, KuaFacts, KuaNumber } from "./types";

/**
 * Eight Mansions (Ba Zhai) table: locale-independent facts.
 * Sheng Qi = success, Tian Yi = health, Yan Nian = relationships, Fu Wei = personal growth;
 * Huo Hai = mishaps, Wu Gui = five ghosts, Liu Sha = six killings, Jue Ming = total loss.
 * East group (1, 3, 4, 9) favours N, S, E, SE; West group (2, 6, 7, 8) favours NE, SW, W, NW.
 */
export const KUA_FACTS: Record<KuaNumber, KuaFacts> = {
  1: {
    group: "East",
    element: "Water",
    trigram: "Kan",
    favourable: { shengQi: "SE", tianYi: "E", yanNian: "S", fuWei: "N" },
    unfavourable: { huoHai: "W", wuGui: "NE", liuSha: "NW", jueMing: "SW" },
  },
  2: {
    group: "West",
    element: "Earth",
    trigram: "Kun",
    favourable: { shengQi: "NE", tianYi: "W", yanNian: "NW", fuWei: "SW" },
    unfavourable: { huoHai: "E", wuGui: "SE", liuSha: "S", jueMing: "N" },
  },
  3: {
    group: "East",
    element: "Wood",
    trigram: "Zhen",
    favourable: { shengQi: "S", tianYi: "N", yanNian: "SE", fuWei: "E" },
    unfavourable: { huoHai: "SW", wuGui: "NW", liuSha: "NE", jueMing: "W" },
  },
  4: {
    group: "East",
    element: "Wood",
    trigram: "Xun",
    favourable: { shengQi: "N", tianYi: "S", yanNian: "E", fuWei: "SE" },
    unfavourable: { huoHai: "NW", wuGui: "SW", liuSha: "W", jueMing: "NE" },
  },
  6: {
    group: "West",
    element: "Metal",
    trigram: "Qian",
    favourable: { shengQi: "W", tianYi: "NE", yanNian: "SW", fuWei: "NW" },
    unfavourable: { huoHai: "SE", wuGui: "E", liuSha: "N", jueMing: "S" },
  },
  7: {
    group: "West",
    element: "Metal",
    trigram: "Dui",
    favourable: { shengQi: "NW", tianYi: "SW", yanNian: "NE", fuWei: "W" },
    unfavourable: { huoHai: "N", wuGui: "S", liuSha: "SE", jueMing: "E" },
  },
  8: {
    group: "West",
    element: "Earth",
    trigram: "Gen",
    favourable: { shengQi: "SW", tianYi: "NW", yanNian: "W", fuWei: "NE" },
    unfavourable: { huoHai: "S", wuGui: "N", liuSha: "E", jueMing: "SE" },
  },
  9: {
    group: "East",
    element: "Fire",
    trigram: "Li",
    favourable: { shengQi: "E", tianYi: "SE", yanNian: "N", fuWei: "S" },
    unfavourable: { huoHai: "NE", wuGui: "W", liuSha: "SW", jueMing: "NW" },
  },
};

export const DIRECTIONS: readonly Direction[] = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"];

/** Lo Shu square positions (4 9 2 / 3 5 7 / 8 1 6 with south at the top). */
export const LO_SHU_SECTOR = {
  1: "N",
  2: "SW",
  3: "E",
  4: "SE",
  5: "Centre",
  6: "NW",
  7: "W",
  8: "NE",
  9: "S",
} as const;
