/** GET /statistics/progress: exact decimals as strings. */
export class ProgressView {
  /** Which basis feeds the tracker (STATISTICS_TRACKER_BASIS). @example BORDER */
  basis: string;
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
  /** Constant growth a year that takes the baseline to the target. @example 0.126000 */
  requiredAnnualGrowth: string;
  /** Where that growth path stands in the year. */
  requiredThisYear: string;
  elapsedDays: number;
  daysInYear: number;
  /** yearToDate / elapsed days × days in the year. */
  runRateProjection: string;
  /** yearToDate / target. */
  progressRatio: string;
  /** runRateProjection / requiredThisYear: ≥ 1 means on the path to the target. */
  onTrackRatio: string | null;
  activeEnterprises: number;
  /** @example 48 */
  enterpriseTarget: number;
}
