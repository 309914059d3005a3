export const DEFAULT_MASTER_NUMBERS: readonly number[] = Object.freeze([11, 22, 33]);
export const NO_MASTER_NUMBERS: readonly number[] = Object.freeze([]);

/** Sum of the decimal digits of a non-negative integer. */
export function digitSum(n: number): number {
  let sum = 0;
  while (n > 0) {
    const digit = n % 10;
    sum += digit;
    n = (n - digit) / 10;
  }
  return sum;
}

/** Every number visited by `reduce`, the unreduced total first (CONVENTIONS §2). */
export function reduceChain(n: number, masters: readonly number[] = DEFAULT_MASTER_NUMBERS): number[] {
  const chain = [n];
  while (n > 9 && !masters.includes(n)) {
    n = digitSum(n);
    chain.push(n);
  }
  return chain;
}

/** While n > 9 and n is not a master number, replace n by its digit sum. */
export function reduce(n: number, masters: readonly number[] = DEFAULT_MASTER_NUMBERS): number {
  while (n > 9 && !masters.includes(n)) n = digitSum(n);
  return n;
}

/** Reduction to 1–9 with no master numbers. */
export function fullReduce(n: number): number {
  while (n > 9) n = digitSum(n);
  return n;
}
