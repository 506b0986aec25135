/** One month of the zone's turnover (all ledgers, by value). */
export class TurnoverMonthView {
  /** @example 2026-03 */
  month: string;
  /** Σ outbound (实减) value of the month, yuan. @example 1200000.00 */
  outboundValue: string;
  /** Average over the month's measured days of the day's Σ average on-hand value, yuan (half-up to the fen). @example 800000.00 */
  averageStockValue: string;
  /** outboundValue ÷ averageStockValue, 4 decimals; null without stock. @example 1.5000 */
  turnoverRatio: string | null;
  /** turnoverRatio ÷ the baseline's − 1, 4 decimals; null without a baseline. @example 0.2500 */
  changeVsBaseline: string | null;
  /** The same in percent, 2 decimals. @example 25.00 */
  changeVsBaselinePercent: string | null;
}

export class TurnoverBaselineView {
  /** STATISTICS_TURNOVER_BASELINE: a year, a month or a range of months. @example 2025 */
  period: string;
  /** The mean of the period's monthly turnover, 4 decimals; null when nothing was measured then. @example 1.2000 */
  turnoverRatio: string | null;
}

export class TurnoverYearToDateView {
  /** The mean of the year's monthly turnover so far, 4 decimals. @example 1.3000 */
  turnoverRatio: string | null;
  /** @example 0.0833 */
  changeVsBaseline: string | null;
  /** @example 8.33 */
  changeVsBaselinePercent: string | null;
  /** changeVsBaseline ≥ target (exact); null without a baseline or a year figure. @example false */
  met: boolean | null;
}

/** GET /statistics/turnover: the zone's turnover trend against its baseline and the +30 % target. */
export class TurnoverView {
  /** @example 2026 */
  year: number;
  baseline: TurnoverBaselineView;
  /** STATISTICS_TURNOVER_TARGET. @example 0.30 */
  target: string;
  /** @example 30.00 */
  targetPercent: string;
  /** Months with a measured day, in order. */
  months: TurnoverMonthView[];
  yearToDate: TurnoverYearToDateView;
}
