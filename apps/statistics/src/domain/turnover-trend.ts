import { addRational, compareRational, divideRational, formatMoney, rational, Rational, roundHalfUp, subtractRational } from '@lhasa/domain';
import { decimalOf, percentOf } from './exact-math';
import type { Period } from './period';

/** The zone's day: every ledger measured that day, added up (values in fen). */
export interface ZoneDay {
  /** YYYY-MM-DD (UTC, as the warehouse measures). */
  day: string;
  outboundFen: bigint;
  averageStockFen: bigint;
}

export interface TurnoverMonth {
  month: string;
  outboundValue: string;
  averageStockValue: string;
  turnoverRatio: string | null;
  changeVsBaseline: string | null;
  changeVsBaselinePercent: string | null;
}

export interface TurnoverTrend {
  year: number;
  baseline: { period: string; turnoverRatio: string | null };
  target: string;
  targetPercent: string;
  months: TurnoverMonth[];
  yearToDate: { turnoverRatio: string | null; changeVsBaseline: string | null; changeVsBaselinePercent: string | null; met: boolean | null };
}

const RATIO_DIGITS = 4;

interface MonthFigures {
  month: string;
  outboundFen: bigint;
  stockSumFen: bigint;
  days: number;
  ratio: Rational | null;
}

/**
 * A month of the zone: turnover = Σ outbound value ÷ the average over its measured days of the
 * day's Σ average stock value = Σ outbound · days ÷ Σ of the days' stock values (exact).
 */
function monthsOf(days: readonly ZoneDay[]): MonthFigures[] {
  const byMonth = new Map<string, MonthFigures>();
  for (const d of days) {
    const month = d.day.slice(0, 7);
    const m = byMonth.get(month) ?? { month, outboundFen: 0n, stockSumFen: 0n, days: 0, ratio: null };
    m.outboundFen += d.outboundFen;
    m.stockSumFen += d.averageStockFen;
    m.days += 1;
    byMonth.set(month, m);
  }
  return [...byMonth.values()]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((m) => ({ ...m, ratio: m.stockSumFen === 0n ? null : rational(m.outboundFen * BigInt(m.days), m.stockSumFen) }));
}

/** A period's turnover: the mean of its months' turnover (months with stock); null when none had any. */
function meanOfMonths(months: readonly MonthFigures[]): Rational | null {
  const ratios = months.map((m) => m.ratio).filter((r): r is Rational => r !== null);
  if (!ratios.length) return null;
  return divideRational(ratios.reduce(addRational), rational(BigInt(ratios.length)));
}

const changeOf = (value: Rational | null, baseline: Rational | null): Rational | null =>
  value === null || baseline === null || baseline.num === 0n ? null : subtractRational(divideRational(value, baseline), rational(1n));

const ratioText = (r: Rational | null) => (r === null ? null : decimalOf(r, RATIO_DIGITS));
const percentText = (r: Rational | null) => (r === null ? null : percentOf(r));

/**
 * The zone's turnover trend of a year against the baseline period (domain.md §8, the plan's +30 %):
 * each month's turnover, and the year's (mean of its months) against the baseline's (mean of its
 * months), every figure from exact fractions, rounded half-up once (ratios 4 decimals, percents 2).
 */
export function turnoverTrend(year: number, yearDays: readonly ZoneDay[], baselineDays: readonly ZoneDay[], baseline: Period, target: { value: Rational; text: string }): TurnoverTrend {
  const base = meanOfMonths(monthsOf(baselineDays.filter((d) => d.day.slice(0, 7) >= baseline.fromMonth && d.day.slice(0, 7) <= baseline.toMonth)));
  const months = monthsOf(yearDays.filter((d) => d.day.startsWith(`${year}-`)));
  const ytd = meanOfMonths(months);
  const ytdChange = changeOf(ytd, base);
  return {
    year,
    baseline: { period: baseline.text, turnoverRatio: ratioText(base) },
    target: target.text,
    targetPercent: percentOf(target.value),
    months: months.map((m) => {
      const change = changeOf(m.ratio, base);
      return {
        month: m.month,
        outboundValue: formatMoney(m.outboundFen),
        averageStockValue: formatMoney(roundHalfUp(rational(m.stockSumFen, BigInt(m.days)))),
        turnoverRatio: ratioText(m.ratio),
        changeVsBaseline: ratioText(change),
        changeVsBaselinePercent: percentText(change),
      };
    }),
    yearToDate: {
      turnoverRatio: ratioText(ytd),
      changeVsBaseline: ratioText(ytdChange),
      changeVsBaselinePercent: percentText(ytdChange),
      met: ytdChange === null ? null : compareRational(ytdChange, target.value) >= 0,
    },
  };
}
