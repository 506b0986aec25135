import { compareRational, formatMoney, formatScaled, rational, Rational, roundHalfUp } from '@lhasa/domain';
import { decimalOf, decimalRatio, percentOf, percentRatio, roundedRoot } from './exact-math';

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
  /** The city's import + export of the year as entered by the bureau, and the share the plan asks for. */
  city?: { totalFen: bigint; shareTarget: Rational; shareTargetText: string } | null;
}

export type Verdict = 'ON_TRACK' | 'BEHIND' | 'NO_DATA';

/** The zone's tracker-basis year to date against the city's total of the year. */
export interface CityShare {
  cityTotal: string;
  /** yearToDate / cityTotal, 4 decimals. */
  share: string;
  sharePercent: string;
  target: string;
  targetPercent: string;
  met: boolean;
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
  /** Percentages (2 decimals, half-up) of requiredAnnualGrowth, progressRatio and onTrackRatio, each rounded once from the exact value. */
  requiredAnnualGrowthPercent: string;
  progressPercent: string;
  onTrackPercent: string | null;
  /** Constant annual growth that takes this year's projection to the target in the years left: (target / projection)^(1/(targetYear − year)) − 1. */
  growthStillRequired: string | null;
  growthStillRequiredPercent: string | null;
  /** ON_TRACK when the projection reaches the path's value of the year; NO_DATA before the year starts. */
  verdict: Verdict;
  /** (runRateProjection − requiredThisYear) in 亿元, signed, 2 decimals; null with NO_DATA. */
  gapYi: string | null;
  cityShare: CityShare | null;
}

const GROWTH_DIGITS = 6;
const RATIO_DIGITS = 4;
const PERCENT_DIGITS = 2;
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

/** ((to / from)^(1/n) − 1) · 10^digits, rounded half-up (from, to > 0). */
function scaledGrowth(fromFen: bigint, toFen: bigint, years: number, digits: number): bigint {
  const scale = 10n ** BigInt(digits);
  // root(T/B) · 10^d = root(T · 10^(d·n) / B)
  return roundedRoot(toFen * scale ** BigInt(years), fromFen, years) - scale;
}

/** (target / baseline)^(1/n) − 1, rounded half-up to `digits` decimals. */
export function requiredAnnualGrowth(baselineFen: bigint, targetFen: bigint, years: number, digits = GROWTH_DIGITS): string {
  return formatScaled(scaledGrowth(baselineFen, targetFen, years, digits), digits, false);
}

/** The same growth as a percentage, 2 decimals, rounded once from the exact root: 55.28 → 100 in 5 years is "12.59". */
export function growthPercent(fromFen: bigint, toFen: bigint, years: number): string {
  return formatScaled(scaledGrowth(fromFen, toFen, years, PERCENT_DIGITS + 2), PERCENT_DIGITS, false);
}

/** 1 亿元 in fen. */
const YI_FEN = 10n ** 10n;

/** The verdict of a year: its projection against the path's value of the year. */
export function verdictOf(elapsed: number, projectionFen: bigint, requiredFen: bigint): Verdict {
  if (!elapsed) return 'NO_DATA';
  return projectionFen >= requiredFen ? 'ON_TRACK' : 'BEHIND';
}

export function cityShareOf(yearToDateFen: bigint, city: NonNullable<ProgressInput['city']>): CityShare {
  const share = rational(yearToDateFen, city.totalFen);
  return {
    cityTotal: formatMoney(city.totalFen),
    share: decimalOf(share, RATIO_DIGITS),
    sharePercent: percentOf(share),
    target: city.shareTargetText,
    targetPercent: percentOf(city.shareTarget),
    met: compareRational(share, city.shareTarget) >= 0,
  };
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
  // Half-up away from zero: a year netted below zero by returns projects symmetrically.
  const projection = elapsed ? roundHalfUp(rational(input.yearToDateFen * BigInt(total), BigInt(elapsed))) : 0n;
  const yearsLeft = input.targetYear - input.year;
  const stillRequired = elapsed && yearsLeft > 0 && projection > 0n;
  const verdict = verdictOf(elapsed, projection, required);
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
    requiredAnnualGrowthPercent: growthPercent(input.baselineFen, input.targetFen, years),
    progressPercent: percentRatio(input.yearToDateFen, input.targetFen)!,
    onTrackPercent: elapsed ? percentRatio(projection, required) : null,
    growthStillRequired: stillRequired ? requiredAnnualGrowth(projection, input.targetFen, yearsLeft) : null,
    growthStillRequiredPercent: stillRequired ? growthPercent(projection, input.targetFen, yearsLeft) : null,
    verdict,
    gapYi: verdict === 'NO_DATA' ? null : decimalRatio(projection - required, YI_FEN, PERCENT_DIGITS),
    cityShare: input.city ? cityShareOf(input.yearToDateFen, input.city) : null,
  };
}
