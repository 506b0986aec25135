import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReturnPolicy } from '../../domain/return-policy';
import { Basis } from '../../domain/trade-fact';
import { countedOn } from '../trade-facts.read-model';

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

  /** Months, and the year, as the return policy dates the facts (countedOn). */
  async run(year: number, basis: Basis, policy: ReturnPolicy): Promise<MonthlyTradeRow[]> {
    const on = countedOn(policy);
    const rows: { month: string; direction: 'I' | 'E'; mode: string; fen: string }[] = await this.dataSource.query(
      `SELECT to_char(${on.date}, 'YYYY-MM') AS month, direction, trade_mode AS mode, SUM(value_fen)::text AS fen
       FROM trade_facts WHERE ${on.year} = $1 AND basis = $2 AND value_fen IS NOT NULL
       GROUP BY 1, 2, 3 ORDER BY 1, 2 DESC, 3`,
      [year, basis],
    );
    return rows.map((r) => ({ month: r.month, direction: r.direction, mode: String(r.mode).trim(), fen: BigInt(r.fen) }));
  }
}
