import { formatScaled } from '@lhasa/domain';

/** Exact integer helpers for the progress figures: no binary float ever touches an amount. */

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

/** a / b rounded half-up (a, b >= 0, b > 0). */
export function roundedDivide(a: bigint, b: bigint): bigint {
  return (2n * a + b) / (2n * b);
}

/** a / b as a decimal string with `digits` decimals, rounded half-up; null when b is 0. */
export function decimalRatio(a: bigint, b: bigint, digits: number): string | null {
  if (b === 0n) return null;
  const negative = a < 0n !== b < 0n && a !== 0n;
  const scaled = roundedDivide((a < 0n ? -a : a) * 10n ** BigInt(digits), b < 0n ? -b : b);
  return `${negative ? '-' : ''}${formatScaled(scaled, digits, false)}`;
}

