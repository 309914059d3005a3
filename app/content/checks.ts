/** Input checks shared by the accessors: each throws a descriptive Error for impossible input. */
import type { Digit } from "./types";

export function assertInteger(what: string, n: number): void {
  if (typeof n !== "number" || !Number.isInteger(n)) {
    throw new Error(`${what} must be an integer, got ${String(n)}.`);
  }
}

export function assertDigit(what: string, n: number): asserts n is Digit {
  assertInteger(what, n);
  if (n < 1 || n > 9) throw new Error(`${what} must be a digit 1–9, got ${n}.`);
}
