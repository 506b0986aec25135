import { formatMoney, formatScaled } from '@lhasa/domain';
import { decimalRatio, roundedDivide, roundedRoot } from './exact-math';

export interface ProgressInput {
  year: number;
  yearToDateFen: bigint;
  targetFen: bigint;
  targetYear: number;
  baselineFen: bigint;
  baselineYear: number;
  /** Now; the elapsed part of `year` is counted in Beijing days. */
  today: Date;
  activeEnterprises: number;
  enterpriseTarget: number;
}

export interface Progress {
  year: number;
  yearToDate: string;
  target: string;
  targetYear: number;
  baseline: string;
  baselineYear: number;
  /** Constant growth a year that takes the baseline to the target: (target / baseline)^(1/years) − 1. */
  requiredAnnualGrowth: string;
  /** Where that growth path stands in `year`: baseline × (1 + growth)^(year − baselineYear). */
  requiredThisYear: string;
  elapsedDays: number;
  daysInYear: number;
  /** yearToDate / elapsed days × days in the year. */
  runRateProjection: string;
  /** yearToDate / target. */
  progressRatio: string;
  /** runRateProjection / requiredThisYear: ≥ 1 means the year is on the path to the target. */
  onTrackRatio: string | null;
  activeEnterprises: number;
  enterpriseTarget: number;
}

const GROWTH_DIGITS = 6;
const RATIO_DIGITS = 4;
const BEIJING_OFFSET_MS = 8 * 3600 * 1000;

export const daysInYear = (year: number): number => ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365);

/** Days of `year` elapsed by `today` (Beijing calendar), today included: 0 for a future year, all for a past one. */
export function elapsedDays(year: number, today: Date): number {
  const beijing = new Date(today.getTime() + BEIJING_OFFSET_MS);
  const current = beijing.getUTCFullYear();
  if (year < current) return daysInYear(year);
  if (year > current) return 0;
  return Math.floor((Date.UTC(current, beijing.getUTCMonth(), beijing.getUTCDate()) - Date.UTC(current, 0, 1)) / 86_400_000) + 1;
}

/** (target / baseline)^(1/n) − 1, rounded half-up to `digits` decimals. */
export function requiredAnnualGrowth(baselineFen: bigint, targetFen: bigint, years: number, digits = GROWTH_DIGITS): string {
  const scale = 10n ** BigInt(digits);
  // root(T/B) · 10^d = root(T · 10^(d·n) / B)
  const factor = roundedRoot(targetFen * scale ** BigInt(years), baselineFen, years);
  return formatScaled(factor - scale, digits, false);
}

/** baseline · (target / baseline)^(k/n), k = year − baselineYear, rounded to the fen. */
export function pathValue(baselineFen: bigint, targetFen: bigint, years: number, k: number): bigint {
  // (B^(n−k) · T^k)^(1/n); a negative exponent moves its factor to the denominator.
  const n = BigInt(years);
  const K = BigInt(k);
  let p = 1n;
  let q = 1n;
  const put = (base: bigint, exponent: bigint) => {
    if (exponent >= 0n) p *= base ** exponent;
    else q *= base ** -exponent;
  };
  put(baselineFen, n - K);
  put(targetFen, K);
  return roundedRoot(p, q, years);
}

/** Progress toward the plan's target (domain.md §1, §9), exact to the fen. */
export function computeProgress(input: ProgressInput): Progress {
  const years = input.targetYear - input.baselineYear;
  const required = pathValue(input.baselineFen, input.targetFen, years, input.year - input.baselineYear);
  const elapsed = elapsedDays(input.year, input.today);
  const total = daysInYear(input.year);
  const projection = elapsed ? roundedDivide(input.yearToDateFen * BigInt(total), BigInt(elapsed)) : 0n;
  return {
    year: input.year,
    yearToDate: formatMoney(input.yearToDateFen),
    target: formatMoney(input.targetFen),
    targetYear: input.targetYear,
    baseline: formatMoney(input.baselineFen),
    baselineYear: input.baselineYear,
    requiredAnnualGrowth: requiredAnnualGrowth(input.baselineFen, input.targetFen, years),
    requiredThisYear: formatMoney(required),
    elapsedDays: elapsed,
    daysInYear: total,
    runRateProjection: formatMoney(projection),
    progressRatio: decimalRatio(input.yearToDateFen, input.targetFen, RATIO_DIGITS)!,
    onTrackRatio: elapsed ? decimalRatio(projection, required, RATIO_DIGITS) : null,
    activeEnterprises: input.activeEnterprises,
    enterpriseTarget: input.enterpriseTarget,
  };
}
