import { divideRational, formatQuantity, parseQuantity, QUANTITY_UNIT, Rational, rational, roundHalfUp, subtractRational } from '@lhasa/domain';
import { DAY_MS } from './lot-ageing';

/** A movement that changes what is on hand: in (实增, 退货实增) or out (实减). */
export interface OnHandChange {
  at: Date;
  /** Signed quantity: + in, − out. */
  qty: string;
}

/** The UTC days of a period, from and to inclusive (YYYY-MM-DD). */
export function periodDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/**
 * Average stock over the period: the on-hand at the close of each UTC day (opening plus every
 * change up to the day's end), averaged over the days. Exact, in quantity units (10^-5).
 */
export function averageStock(opening: string, changes: readonly OnHandChange[], from: string, days: number): Rational {
  const start = Date.parse(`${from}T00:00:00Z`);
  const sorted = [...changes].sort((a, b) => a.at.getTime() - b.at.getTime());
  let level = parseQuantity(opening);
  let next = 0;
  let sum = 0n;
  for (let d = 1; d <= days; d++) {
    const close = start + d * DAY_MS;
    while (next < sorted.length && sorted[next].at.getTime() < close) level += parseQuantity(sorted[next++].qty);
    sum += level;
  }
  return rational(sum, BigInt(days) * QUANTITY_UNIT);
}

/** Turnover = outbound ÷ average stock; null when nothing was in stock. */
export function turnoverRatio(outbound: string, average: Rational): Rational | null {
  if (average.num === 0n) return null;
  return divideRational(rational(parseQuantity(outbound), QUANTITY_UNIT), average);
}

/** Days of inventory = period days ÷ turnover; null when nothing went out. */
export function daysOfInventory(days: number, turnover: Rational | null): Rational | null {
  if (turnover === null || turnover.num === 0n) return null;
  return divideRational(rational(BigInt(days)), turnover);
}

/** Median (mean of the two middle values for an even count) of durations in ms, as days. */
export function medianDays(durationsMs: readonly number[]): Rational | null {
  if (!durationsMs.length) return null;
  const s = [...durationsMs].sort((a, b) => a - b).map(BigInt);
  const mid = Math.floor(s.length / 2);
  const ms = s.length % 2 ? rational(s[mid]) : rational(s[mid - 1] + s[mid], 2n);
  return divideRational(ms, rational(BigInt(DAY_MS)));
}

/** p-th percentile by nearest rank (the ⌈p/100 · n⌉-th smallest), as days. */
export function percentileDays(durationsMs: readonly number[], p: number): Rational | null {
  if (!durationsMs.length) return null;
  const s = [...durationsMs].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p * s.length) / 100));
  return rational(BigInt(s[rank - 1]), BigInt(DAY_MS));
}

/** Mean of durations in ms, as days. */
export function meanDays(durationsMs: readonly number[]): Rational | null {
  if (!durationsMs.length) return null;
  const total = durationsMs.reduce((a, b) => a + BigInt(b), 0n);
  return rational(total, BigInt(durationsMs.length) * BigInt(DAY_MS));
}

/** (current − baseline) ÷ baseline × 100; null without a non-zero baseline. */
export function changePercent(current: Rational | null, baseline: Rational | null): Rational | null {
  if (current === null || baseline === null || baseline.num === 0n) return null;
  return divideRational(subtractRational(current, baseline), divideRational(baseline, rational(100n)));
}

/** A rational as decimal text with `scale` decimals, rounded half up (away from zero). */
export function formatRational(value: Rational | null, scale: number): string | null {
  if (value === null) return null;
  const factor = 10n ** BigInt(scale);
  const negative = value.num < 0n;
  const units = roundHalfUp(rational(negative ? -value.num * factor : value.num * factor, value.den));
  const digits = units.toString().padStart(scale + 1, '0');
  const text = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return negative && units !== 0n ? `-${text}` : text;
}

/** Sum of quantities, exact. */
export function sumQuantities(qtys: readonly string[]): string {
  return formatQuantity(qtys.reduce((a, q) => a + parseQuantity(q), 0n));
}
