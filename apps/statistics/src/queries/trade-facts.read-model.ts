import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { parseMoney } from '@lhasa/domain';
import { BreakdownBy, FLOW_SQL } from '../domain/breakdown-dimensions';
import { ReturnPolicy } from '../domain/return-policy';
import { Basis } from '../domain/trade-fact';

/**
 * The date (and its year) a fact is counted on under a return policy, as SQL over trade_facts:
 * a document's release date; a return's approval (RETURN_MONTH) or the release date of the list
 * it nets (RESTATED). Every figure filters and groups by these, never by release_date / year
 * directly, so all of them follow STATISTICS_RETURN_POLICY. Fixed strings, never user input.
 */
export function countedOn(policy: ReturnPolicy): { date: string; year: string } {
  if (policy === 'RESTATED') return { date: 'COALESCE(nets_release_date, release_date)', year: 'EXTRACT(YEAR FROM COALESCE(nets_release_date, release_date))::int' };
  return { date: 'release_date', year: 'year' };
}

/** Column (or expression) each breakdown groups by under a return policy; fixed strings, never user input. */
function groupBy(by: BreakdownBy, policy: ReturnPolicy): string {
  const GROUP_BY: Record<BreakdownBy, string> = {
    month: `to_char(${countedOn(policy).date}, 'YYYY-MM')`,
    mode: 'trade_mode',
    direction: 'direction',
    flow: FLOW_SQL,
    country: 'country',
    hsChapter: 'hs_chapter',
    enterprise: 'enterprise_code',
  };
  return GROUP_BY[by];
}

/**
 * Sums over trade_facts; amounts leave PostgreSQL as text and become bigint fen, never floats.
 * CNY sums take converted facts only (value_fen set): a fact pending conversion is never added as
 * CNY, and is reported apart in its own currency (pendingConversion). RETURN facts are negative
 * and summed with the rest, so every total and breakdown is net of approved returns.
 */
@Injectable()
export class TradeFactsReadModel {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async totals(year: number, policy: ReturnPolicy = 'RETURN_MONTH'): Promise<{ basis: Basis; direction: 'I' | 'E'; fen: bigint }[]> {
    const rows: { basis: Basis; direction: 'I' | 'E'; fen: string }[] = await this.dataSource.query(
      `SELECT basis, direction, SUM(value_fen)::text AS fen FROM trade_facts WHERE ${countedOn(policy).year} = $1 AND value_fen IS NOT NULL GROUP BY basis, direction`,
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

  /**
   * Facts of the year still waiting for a CNY rate, by basis, direction, currency and the month
   * whose rate they wait for, summed in their own currency (returns net them); documents: the
   * released documents among them (returns are not documents).
   */
  async pendingConversion(
    year: number,
    policy: ReturnPolicy = 'RETURN_MONTH',
  ): Promise<{ basis: Basis; direction: 'I' | 'E'; currency: string; month: string; amountFen: bigint; facts: number; documents: number }[]> {
    const rows: { basis: Basis; direction: 'I' | 'E'; currency: string; month: string; amount: string; facts: number; documents: number }[] = await this.dataSource.query(
      `SELECT basis, direction, currency, rate_month AS month, SUM(original_amount)::text AS amount, count(*)::int AS facts,
              count(DISTINCT (source_type, source_id)) FILTER (WHERE source_type <> 'RETURN')::int AS documents
       FROM trade_facts WHERE ${countedOn(policy).year} = $1 AND value_fen IS NULL
       GROUP BY basis, direction, currency, rate_month ORDER BY basis, direction, currency, rate_month`,
      [year],
    );
    return rows.map((r) => ({ ...r, amountFen: parseMoney(r.amount) }));
  }

  /**
   * Everything pending conversion, whatever its year, by currency and the month whose rate it
   * waits for (what the bureau has to load): documents (released documents, returns not), facts,
   * and the amount in that currency on each basis (a document counts on both, so they are apart).
   */
  async pendingByRateMonth(): Promise<{ currency: string; month: string; documents: number; facts: number; borderFen: bigint; retailFen: bigint }[]> {
    const rows: { currency: string; month: string; documents: number; facts: number; border: string; retail: string }[] = await this.dataSource.query(
      `SELECT currency, rate_month AS month,
              count(DISTINCT (source_type, source_id)) FILTER (WHERE source_type <> 'RETURN')::int AS documents, count(*)::int AS facts,
              COALESCE(SUM(original_amount) FILTER (WHERE basis = 'BORDER'), 0.00)::text AS border,
              COALESCE(SUM(original_amount) FILTER (WHERE basis = 'RETAIL'), 0.00)::text AS retail
       FROM trade_facts WHERE value_fen IS NULL GROUP BY currency, rate_month ORDER BY rate_month, currency`,
    );
    return rows.map((r) => ({ currency: r.currency, month: r.month, documents: r.documents, facts: r.facts, borderFen: parseMoney(r.border), retailFen: parseMoney(r.retail) }));
  }

  async breakdown(year: number, basis: Basis, by: BreakdownBy, policy: ReturnPolicy): Promise<{ key: string; fen: bigint }[]> {
    const key = groupBy(by, policy);
    const rows: { key: string; fen: string }[] = await this.dataSource.query(
      `SELECT ${key} AS key, SUM(value_fen)::text AS fen FROM trade_facts WHERE ${countedOn(policy).year} = $1 AND basis = $2 AND value_fen IS NOT NULL GROUP BY 1 ORDER BY 1`,
      [year, basis],
    );
    return rows.map((r) => ({ key: String(r.key).trim(), fen: BigInt(r.fen) }));
  }

  async yearToDate(year: number, basis: Basis, policy: ReturnPolicy): Promise<bigint> {
    const [{ fen }] = await this.dataSource.query(
      `SELECT COALESCE(SUM(value_fen), 0)::text AS fen FROM trade_facts WHERE ${countedOn(policy).year} = $1 AND basis = $2`,
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
