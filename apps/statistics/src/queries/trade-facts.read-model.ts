import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { parseMoney } from '@lhasa/domain';
import { BreakdownBy, FLOW_SQL } from '../domain/breakdown-dimensions';
import { Basis } from '../domain/trade-fact';

/** Column (or expression) each breakdown groups by; fixed strings, never user input. */
const GROUP_BY: Record<BreakdownBy, string> = {
  month: "to_char(release_date, 'YYYY-MM')",
  mode: 'trade_mode',
  direction: 'direction',
  flow: FLOW_SQL,
  country: 'country',
  hsChapter: 'hs_chapter',
  enterprise: 'enterprise_code',
};

/**
 * Sums over trade_facts; amounts leave PostgreSQL as text and become bigint fen, never floats.
 * CNY sums take converted facts only (value_fen set): a fact pending conversion is never added as
 * CNY, and is reported apart in its own currency (pendingConversion). RETURN facts are negative
 * and summed with the rest, so every total and breakdown is net of approved returns.
 */
@Injectable()
export class TradeFactsReadModel {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async totals(year: number): Promise<{ basis: Basis; direction: 'I' | 'E'; fen: bigint }[]> {
    const rows: { basis: Basis; direction: 'I' | 'E'; fen: string }[] = await this.dataSource.query(
      'SELECT basis, direction, SUM(value_fen)::text AS fen FROM trade_facts WHERE year = $1 AND value_fen IS NOT NULL GROUP BY basis, direction',
      [year],
    );
    return rows.map((r) => ({ ...r, fen: BigInt(r.fen) }));
  }

  /** Distinct released documents (verification lists and inventory lists) counted in the year, pending ones included; returns are not documents. */
  async documentCount(year: number): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      "SELECT count(DISTINCT (source_type, source_id))::int AS n FROM trade_facts WHERE year = $1 AND source_type <> 'RETURN'",
      [year],
    );
    return n;
  }

  /** Facts of the year still waiting for a CNY rate, summed in their own currency (returns net them). */
  async pendingConversion(year: number): Promise<{ basis: Basis; direction: 'I' | 'E'; currency: string; amountFen: bigint; facts: number }[]> {
    const rows: { basis: Basis; direction: 'I' | 'E'; currency: string; amount: string; facts: number }[] = await this.dataSource.query(
      `SELECT basis, direction, currency, SUM(original_amount)::text AS amount, count(*)::int AS facts
       FROM trade_facts WHERE year = $1 AND value_fen IS NULL GROUP BY basis, direction, currency ORDER BY basis, direction, currency`,
      [year],
    );
    return rows.map((r) => ({ basis: r.basis, direction: r.direction, currency: r.currency, amountFen: parseMoney(r.amount), facts: r.facts }));
  }

  async breakdown(year: number, basis: Basis, by: BreakdownBy): Promise<{ key: string; fen: bigint }[]> {
    const key = GROUP_BY[by];
    const rows: { key: string; fen: string }[] = await this.dataSource.query(
      `SELECT ${key} AS key, SUM(value_fen)::text AS fen FROM trade_facts WHERE year = $1 AND basis = $2 AND value_fen IS NOT NULL GROUP BY 1 ORDER BY 1`,
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
