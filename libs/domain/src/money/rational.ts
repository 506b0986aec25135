import { DomainError } from '../shared/domain-error';
import { Fen, formatMoney, parseMoney } from './money';

/**
 * An exact fraction. Tax rates such as 13 % and formulas such as base / (1 - c) are not
 * representable in fen, so intermediate results stay fractions and are rounded once, at the
 * end, to the fen.
 */
export interface Rational {
  readonly num: bigint;
  /** Always > 0. */
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function rational(num: bigint, den: bigint = 1n): Rational {
  if (den === 0n) throw new DomainError('RATIONAL.DIVISION_BY_ZERO', 'a fraction cannot have a zero denominator');
  const sign = den < 0n ? -1n : 1n;
  const divisor = gcd(num, den) || 1n;
  return { num: (sign * num) / divisor, den: (sign * den) / divisor };
}

const RATE = /^(0|[1-9]\d{0,17})(?:\.(\d{1,18}))?$/;

/** A non-negative decimal such as "0.13" or "0.7" as an exact fraction (13/100, 7/10). */
export function parseRate(text: string, field = 'rate'): Rational {
  const match = typeof text === 'string' ? RATE.exec(text) : null;
  if (!match) {
    throw new DomainError(
      'RATE.INVALID',
      `${field} ${JSON.stringify(text)} is not a non-negative decimal, e.g. "0.13"`,
      field,
    );
  }
  const [, int, frac = ''] = match;
  return rational(BigInt(int + frac), 10n ** BigInt(frac.length));
}

export const addRational = (a: Rational, b: Rational): Rational =>
  rational(a.num * b.den + b.num * a.den, a.den * b.den);
export const subtractRational = (a: Rational, b: Rational): Rational =>
  rational(a.num * b.den - b.num * a.den, a.den * b.den);
export const multiplyRational = (a: Rational, b: Rational): Rational => rational(a.num * b.num, a.den * b.den);
export const divideRational = (a: Rational, b: Rational): Rational => rational(a.num * b.den, a.den * b.num);
export const compareRational = (a: Rational, b: Rational): -1 | 0 | 1 => {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};

/**
 * Round to the nearest integer, halves away from zero (2.5 -> 3, -2.5 -> -3): the
 * "四舍五入" customs and tax authorities use, symmetric so refunds mirror charges.
 */
export function roundHalfUp(value: Rational): bigint {
  const magnitude = value.num < 0n ? -value.num : value.num;
  const rounded = (2n * magnitude + value.den) / (2n * value.den);
  return value.num < 0n ? -rounded : rounded;
}

/** Fen times a fraction, rounded half-up to the fen. */
export function multiplyFen(fen: Fen, factor: Rational): Fen {
  return roundHalfUp(multiplyRational(rational(fen), factor));
}

/** "100.00" x "0.091" -> "9.10": money times a decimal rate, rounded half-up to the fen. */
export function multiplyMoneyByRate(amount: string, rate: string): string {
  return formatMoney(multiplyFen(parseMoney(amount), parseRate(rate)));
}
