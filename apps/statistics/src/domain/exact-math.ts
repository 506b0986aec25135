import { formatScaled, rational, Rational, roundHalfUp } from '@lhasa/domain';

/** Exact integer helpers for the statistics figures: no binary float ever touches an amount or a ratio. */

/** floor(x^(1/n)) for x >= 0, by Newton's method on bigints. */
export function integerRoot(x: bigint, n: number): bigint {
  if (x < 0n) throw new RangeError('integerRoot of a negative number');
  if (x < 2n || n === 1) return x;
  const N = BigInt(n);
  // Start above the root: 2^(ceil(bits / n)).
  let guess = 1n << BigInt(Math.ceil(x.toString(2).length / n));
  for (;;) {
    const next = ((N - 1n) * guess + x / guess ** (N - 1n)) / N;
    if (next >= guess) break;
    guess = next;
  }
  while (guess ** N > x) guess -= 1n;
  while ((guess + 1n) ** N <= x) guess += 1n;
  return guess;
}

/** (p / q)^(1/n) rounded half-up to an integer; p, q > 0. */
export function roundedRoot(p: bigint, q: bigint, n: number): bigint {
  const floor = integerRoot(p / q, n);
  // floor + 0.5 <= root  ⇔  (2·floor + 1)^n · q <= 2^n · p
  const N = BigInt(n);
  return (2n * floor + 1n) ** N * q <= 2n ** N * p ? floor + 1n : floor;
}

/**
 * THE rounding of every figure: an exact fraction as decimal text with `digits` decimals, rounded
 * half-up (halves away from zero, 四舍五入, as the bureau writes them): 0.125865 → "0.1259".
 */
export function decimalOf(value: Rational, digits: number): string {
  const scale = 10n ** BigInt(digits);
  return formatScaled(roundHalfUp(rational(value.num * scale, value.den)), digits, false);
}

/** A fraction as a percentage with 2 decimals, rounded half-up once: 0.125865 → "12.59". */
export const percentOf = (value: Rational): string => decimalOf(rational(value.num * 100n, value.den), 2);

/** a / b as a decimal string with `digits` decimals, rounded half-up; null when b is 0. */
export function decimalRatio(a: bigint, b: bigint, digits: number): string | null {
  return b === 0n ? null : decimalOf(rational(a, b), digits);
}

/** a / b as a percentage with 2 decimals, rounded half-up; null when b is 0. */
export function percentRatio(a: bigint, b: bigint): string | null {
  return b === 0n ? null : percentOf(rational(a, b));
}
