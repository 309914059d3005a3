/**
 * NumerAI interpretation content: typed accessors over per-locale bundles, one module per family.
 *
 * Every accessor takes an optional locale (default "en"), never returns
 * undefined for a valid input, and throws a descriptive Error for impossible
 * input (wrong number for the position, unknown locale, bad letter …).
 * Pure functions over static data: no I/O, no React.
 */
export * from "./types";
export { DIRECTIONS, KUA_FACTS, LO_SHU_SECTOR } from "./kua-facts";
export * from "./locale";
export * from "./numbers";
export * from "./cycles";
export * from "./remedies";
export * from "./lo-shu-kua";
export * from "./letters";
export * from "./compatibility";
