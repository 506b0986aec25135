import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BreakdownBy } from '../domain/breakdown-dimensions';
import { Basis } from '../domain/trade-fact';

/** Column (or expression) each breakdown groups by; fixed strings, never user input. */
const GROUP_BY: Record<BreakdownBy, string> = {
  month: "to_char(release_date, 'YYYY-MM')",
  mode: 'trade_mode',
  direction: 'direction',
  country: 'country',
  hsChapter: 'hs_chapter',
  enterprise: 'enterprise_code',
};

/** Sums over trade_facts; amounts leave PostgreSQL as text and become bigint fen, never floats. */
@Injectable()
export class TradeFactsReadModel {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async totals(year: number): Promise<{ basis: Basis; direction: 'I' | 'E'; fen: bigint }[]> {
    const rows: { basis: Basis; direction: 'I' | 'E'; fen: string }[] = await this.dataSource.query(
      'SELECT basis, direction, SUM(value_fen)::text AS fen FROM trade_facts WHERE year = $1 GROUP BY basis, direction',
      [year],
    );
    return rows.map((r) => ({ ...r, fen: BigInt(r.fen) }));
  }

  /** Distinct released documents (verification lists and inventory lists) counted in the year. */
  async documentCount(year: number): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      'SELECT count(DISTINCT (source_type, source_id))::int AS n FROM trade_facts WHERE year = $1',
      [year],
    );
    return n;
  }

  async breakdown(year: number, basis: Basis, by: BreakdownBy): Promise<{ key: string; fen: bigint }[]> {
    const key = GROUP_BY[by];
    const rows: { key: string; fen: string }[] = await this.dataSource.query(
      `SELECT ${key} AS key, SUM(value_fen)::text AS fen FROM trade_facts WHERE year = $1 AND basis = $2 GROUP BY 1 ORDER BY 1`,
      [year, basis],
    );
    return rows.map((r) => ({ key: String(r.key).trim(), fen: BigInt(r.fen) }));
  }

  async yearToDate(year: number, basis: Basis): Promise<bigint> {
    const [{ fen }] = await this.dataSource.query(
      'SELECT COALESCE(SUM(value_fen), 0)::text AS fen FROM trade_facts WHERE year = $1 AND basis = $2',
      [year, basis],
    );
    return BigInt(fen);
  }

  /** E-commerce enterprises with a released inventory list in the year (the plan's 48 target). */
  async activeEnterprises(year: number): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      "SELECT count(DISTINCT enterprise_code)::int AS n FROM trade_facts WHERE year = $1 AND basis = 'RETAIL'",
      [year],
    );
    return n;
  }
}
