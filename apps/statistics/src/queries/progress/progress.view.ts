import { ApiProperty } from '@nestjs/swagger';

/** The zone's share of the city's import + export (the city total entered by the bureau). */
export class CityShareView {
  /** The city's total of the year, yuan. @example 5800000000.00 */
  cityTotal: string;
  /** yearToDate ÷ cityTotal, 4 decimals half-up. @example 0.9759 */
  share: string;
  /** @example 97.59 */
  sharePercent: string;
  /** STATISTICS_CITY_SHARE_TARGET. @example 0.95 */
  target: string;
  /** @example 95.00 */
  targetPercent: string;
  /** share ≥ target, exact. @example true */
  met: boolean;
}

/** The year's turnover against its baseline (GET /statistics/turnover, yearToDate). */
export class ProgressTurnoverView {
  /** @example 8.33 */
  changeVsBaselinePercent: string;
  /** @example 30.00 */
  targetPercent: string;
  /** @example false */
  met: boolean;
}

/** GET /statistics/progress: exact decimals as strings; ratios 4 decimals, growth 6, percentages 2, all half-up. */
export class ProgressView {
  /** Which basis feeds the tracker (STATISTICS_TRACKER_BASIS). @example BORDER */
  basis: string;
  /** What the basis measures. @example 进出口总额（跨境） */
  basisLabel: string;
  /** How approved returns are dated in the figures: RETURN_MONTH (the month of the return) or RESTATED (the month of the list). */
  @ApiProperty({ enum: ['RETURN_MONTH', 'RESTATED'], example: 'RETURN_MONTH' })
  returnPolicy: 'RETURN_MONTH' | 'RESTATED';
  /** @example 2026 */
  year: number;
  /** @example 4200000000.00 */
  yearToDate: string;
  /** @example 10000000000.00 */
  target: string;
  /** @example 2030 */
  targetYear: number;
  /** @example 5528000000.00 */
  baseline: string;
  /** @example 2025 */
  baselineYear: number;
  /** Constant growth a year that takes the baseline to the target. @example 0.125865 */
  requiredAnnualGrowth: string;
  /** The same in percent, rounded once from the exact root. @example 12.59 */
  requiredAnnualGrowthPercent: string;
  /** Where that growth path stands in the year. @example 6223782791.76 */
  requiredThisYear: string;
  /** @example 334 */
  elapsedDays: number;
  /** @example 365 */
  daysInYear: number;
  /** yearToDate / elapsed days × days in the year. @example 4589820359.28 */
  runRateProjection: string;
  /** yearToDate / target. @example 0.4200 */
  progressRatio: string;
  /** @example 42.00 */
  progressPercent: string;
  /** runRateProjection / requiredThisYear: ≥ 1 means on the path to the target. @example 0.7375 */
  onTrackRatio: string | null;
  /** @example 73.75 */
  onTrackPercent: string | null;
  /** Constant annual growth from this year's projection to the target in the years left (null in the target year, before the year starts or without a projection). @example 0.214658 */
  growthStillRequired: string | null;
  /** @example 21.47 */
  growthStillRequiredPercent: string | null;
  /** ON_TRACK: the projection reaches the path's value of the year; BEHIND: it does not; NO_DATA: the year has not started. */
  @ApiProperty({ enum: ['ON_TRACK', 'BEHIND', 'NO_DATA'], example: 'BEHIND' })
  verdict: 'ON_TRACK' | 'BEHIND' | 'NO_DATA';
  /** runRateProjection − requiredThisYear in 亿元, signed, 2 decimals; null with NO_DATA. @example -16.34 */
  gapYi: string | null;
  /** @example 31 */
  activeEnterprises: number;
  /** @example 48 */
  enterpriseTarget: number;
  /** Null until the city's total of the year is entered (PUT /statistics/city-totals/:year). */
  cityShare: CityShareView | null;
  /** Null until the year and the baseline period both have turnover measured. */
  turnover: ProgressTurnoverView | null;
}
