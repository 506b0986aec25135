import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { parseMoney } from '@lhasa/domain';
import { CountedLine } from '../../domain/derive-trade-facts';
import { Basis, TradeFact } from '../../domain/trade-fact';

const COLUMNS = [
  'basis', 'source_type', 'source_id', 'gnum', 'direction', 'trade_mode', 'release_date', 'year', 'month',
  'enterprise_code', 'country', 'hs_chapter', 'value_fen', 'currency', 'original_amount', 'rate_to_cny', 'event_id', 'nets_source_id',
  'rate_month', 'nets_release_date',
] as const;

/** Inserts facts once: a fact already counted (same basis, source and line) is skipped. */
@Injectable()
export class TradeFactWriter {
  /** Returns how many facts were new. */
  async record(manager: EntityManager, facts: TradeFact[], eventId: string): Promise<number> {
    if (!facts.length) return 0;
    const values: unknown[] = [];
    const rows = facts.map((f) => {
      const start = values.length;
      values.push(
        f.basis, f.sourceType, f.sourceId, f.gnum, f.direction, f.tradeMode, f.releaseDate, f.year, f.month,
        f.enterpriseCode, f.country, f.hsChapter, f.valueFen?.toString() ?? null, f.currency, f.originalAmount, f.rateToCny, eventId, f.netsSourceId ?? null,
        f.rateMonth, f.netsReleaseDate ?? null,
      );
      return `(${COLUMNS.map((_, k) => `$${start + k + 1}`).join(', ')})`;
    });
    const inserted: unknown[] = await manager.query(
      `INSERT INTO trade_facts (${COLUMNS.join(', ')}) VALUES ${rows.join(', ')}
       ON CONFLICT (basis, source_type, source_id, gnum) DO NOTHING
       RETURNING 1`,
      values,
    );
    return inserted.length;
  }

  /** Whether a return was netted already (a replay under a new message id nets nothing more). */
  async hasReturn(manager: EntityManager, returnId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM trade_facts WHERE source_type = 'RETURN' AND source_id = $1 LIMIT 1`, [returnId]);
    return rows.length > 0;
  }

  /** The currencies and rate months of a list's counted facts (one of each for a list); they never change. */
  async rateKeysOf(manager: EntityManager, listId: string): Promise<{ currency: string; month: string }[]> {
    return manager.query(
      `SELECT DISTINCT currency, rate_month AS month FROM trade_facts WHERE source_type = 'INVENTORY_LIST' AND source_id = $1 ORDER BY currency, rate_month`,
      [listId],
    );
  }

  /**
   * The counted facts of a released list with what its earlier returns netted off each, its rows
   * locked FOR UPDATE so two returns of one list (and a conversion of its pending facts) take turns;
   * in id order, as the conversion locks them, so the two never deadlock.
   */
  async countedLines(manager: EntityManager, listId: string): Promise<CountedLine[]> {
    const facts: FactRow[] = await manager.query(
      `SELECT basis, gnum, direction, trade_mode, enterprise_code, country, hs_chapter, currency, original_amount::text, value_fen::text, rate_to_cny::text,
              rate_month, to_char(release_date, 'YYYY-MM-DD') AS release_date
       FROM trade_facts WHERE source_type = 'INVENTORY_LIST' AND source_id = $1 ORDER BY id FOR UPDATE`,
      [listId],
    );
    const returned: { basis: Basis; gnum: number; amount: string; fen: string }[] = await manager.query(
      `SELECT basis, gnum, (-SUM(original_amount))::text AS amount, (-COALESCE(SUM(value_fen), 0))::text AS fen
       FROM trade_facts WHERE source_type = 'RETURN' AND nets_source_id = $1 GROUP BY basis, gnum`,
      [listId],
    );
    return facts.map((f) => {
      const before = returned.find((r) => r.basis === f.basis && r.gnum === f.gnum);
      return {
        fact: {
          basis: f.basis,
          gnum: f.gnum,
          direction: f.direction,
          tradeMode: f.trade_mode,
          enterpriseCode: f.enterprise_code,
          country: f.country,
          hsChapter: f.hs_chapter,
          currency: f.currency,
          originalAmount: f.original_amount,
          valueFen: f.value_fen === null ? null : BigInt(f.value_fen),
          rateToCny: f.rate_to_cny,
          rateMonth: f.rate_month,
          releaseDate: f.release_date,
        },
        returnedAmount: before ? parseMoney(before.amount) : 0n,
        returnedFen: before ? BigInt(before.fen) : 0n,
      };
    });
  }
}

interface FactRow {
  basis: Basis;
  gnum: number;
  direction: 'I' | 'E';
  trade_mode: string;
  enterprise_code: string;
  country: string;
  hs_chapter: string;
  currency: string;
  original_amount: string;
  value_fen: string | null;
  rate_to_cny: string | null;
  rate_month: string;
  release_date: string;
}
