// Wording shared by every `steps` line, so all numbers read the same way:
//   component: "Year 1962 → 1+9+6+2 = 18 → 1+8 = 9"
//   sum:       "7 + 3 + 9 = 19 → 1+9 = 10 → 1+0 = 1"

const MASTER_KEPT = ' (master number, kept)';

// Years and name totals repeat constantly; caching their "1+9+6+2" text saves most of the string work.
const DIGITS_CACHE_SIZE = 10_000;
const digitsCache: string[] = [];

/** "1962" → "1+9+6+2". */
export function digitsText(n: number): string {
  if (n < DIGITS_CACHE_SIZE) {
    const cached = digitsCache[n];
    if (cached !== undefined) return cached;
  }
  const s = String(n);
  let text = s[0];
  for (let i = 1; i < s.length; i++) text += '+' + s[i];
  if (n < DIGITS_CACHE_SIZE) digitsCache[n] = text;
  return text;
}

/** " → 1+8 = 9" for each reduction after the first number, plus the master note. */
function reductionsText(chain: readonly number[]): string {
  let text = '';
  for (let i = 1; i < chain.length; i++) text += ' → ' + digitsText(chain[i - 1]) + ' = ' + chain[i];
  return chain[chain.length - 1] > 9 ? text + MASTER_KEPT : text;
}

/** "19 → 1+9 = 10 → 1+0 = 1": the whole chain starting from the total. */
export function chainText(chain: readonly number[]): string {
  return chain[0] + reductionsText(chain);
}

/** "Year 1962 → 1+9+6+2 = 18 → 1+8 = 9"; "Month 7 → 7"; "Day 22 → 22 (master number, kept)". */
export function componentLine(label: string, chain: readonly number[]): string {
  if (chain.length === 1) return label + ' ' + chain[0] + ' → ' + chainText(chain);
  return label + ' ' + chain[0] + reductionsText(chain);
}

/** "7 + 3 + 9 = 19 → 1+9 = 10 → 1+0 = 1" (terms already joined by the caller). */
export function sumLine(terms: string, chain: readonly number[]): string {
  return terms + ' = ' + chainText(chain);
}

export function listText(values: readonly (number | string)[]): string {
  return values.length === 0 ? 'none' : values.join(', ');
}
