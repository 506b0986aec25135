import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Basis } from '../../domain/trade-fact';

export interface MonthlyTradeRow {
  month: string;
  direction: 'I' | 'E';
  mode: string;
  fen: bigint;
}

/**
 * A year of trade_facts by month, direction and trade mode, for the dashboard's stacked bars.
 * Converted facts only (value_fen set), returns summed in (they are negative), so each cell is
 * net of returns like every other statistic; sums leave PostgreSQL as text and become bigint fen.
 */
@Injectable()
export class MonthlyTradeQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(year: number, basis: Basis): Promise<MonthlyTradeRow[]> {
    const rows: { month: string; direction: 'I' | 'E'; mode: string; fen: string }[] = await this.dataSource.query(
      `SELECT to_char(make_date(year, month, 1), 'YYYY-MM') AS month, direction, trade_mode AS mode, SUM(value_fen)::text AS fen
       FROM trade_facts WHERE year = $1 AND basis = $2 AND value_fen IS NOT NULL
       GROUP BY 1, 2, 3 ORDER BY 1, 2 DESC, 3`,
      [year, basis],
    );
    return rows.map((r) => ({ month: r.month, direction: r.direction, mode: String(r.mode).trim(), fen: BigInt(r.fen) }));
  }
}
