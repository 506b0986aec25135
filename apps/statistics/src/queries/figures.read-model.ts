import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PlanFraction } from '../config/statistics.config';
import type { Period } from '../domain/period';
import { TurnoverTrend, turnoverTrend, ZoneDay } from '../domain/turnover-trend';
import { CityTotalRow } from '../shared/city-total.view';

/** The figures beside the trade facts: city totals, the zone's turnover days, enterprise names. */
@Injectable()
export class FiguresReadModel {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async cityTotals(): Promise<CityTotalRow[]> {
    return this.dataSource.query('SELECT year, total_fen::text, source, entered_at, entered_by FROM city_totals ORDER BY year');
  }

  async cityTotalFen(year: number): Promise<bigint | null> {
    const rows: { fen: string }[] = await this.dataSource.query('SELECT total_fen::text AS fen FROM city_totals WHERE year = $1', [year]);
    return rows.length ? BigInt(rows[0].fen) : null;
  }

  /**
   * The zone's days of a period of months (first and last included): every ledger measured that
   * day added up. A ledger day measured without its stock value (an older event) is left out of
   * both sums: its outbound cannot be set against a stock it does not state.
   */
  async zoneDays(fromMonth: string, toMonth: string): Promise<ZoneDay[]> {
    const rows: { day: string; outbound: string; stock: string }[] = await this.dataSource.query(
      `SELECT day::text AS day, SUM(outbound_value_fen)::text AS outbound, SUM(average_stock_value_fen)::text AS stock
         FROM turnover_days
        WHERE average_stock_value_fen IS NOT NULL AND day >= to_date($1, 'YYYY-MM') AND day < to_date($2, 'YYYY-MM') + interval '1 month'
        GROUP BY day ORDER BY day`,
      [fromMonth, toMonth],
    );
    return rows.map((r) => ({ day: r.day, outboundFen: BigInt(r.outbound), averageStockFen: BigInt(r.stock) }));
  }

  /** The zone's turnover trend of a year against the baseline period. */
  async turnoverTrend(year: number, baseline: Period, target: PlanFraction): Promise<TurnoverTrend> {
    const [yearDays, baselineDays] = await Promise.all([this.zoneDays(`${year}-01`, `${year}-12`), this.zoneDays(baseline.fromMonth, baseline.toMonth)]);
    return turnoverTrend(year, yearDays, baselineDays, baseline, target);
  }

  /** The latest name of each of these enterprise codes (codes never named are left out). */
  async enterpriseNames(codes: readonly string[]): Promise<Map<string, string>> {
    if (!codes.length) return new Map();
    const rows: { code: string; name: string }[] = await this.dataSource.query('SELECT code, name FROM enterprises WHERE code = ANY($1)', [codes]);
    return new Map(rows.map((r) => [r.code, r.name]));
  }
}
