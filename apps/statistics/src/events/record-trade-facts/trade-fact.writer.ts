import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TradeFact } from '../../domain/trade-fact';

const COLUMNS = [
  'basis', 'source_type', 'source_id', 'gnum', 'direction', 'trade_mode', 'release_date', 'year', 'month',
  'enterprise_code', 'country', 'hs_chapter', 'value_fen', 'currency', 'original_amount', 'rate_to_cny', 'event_id',
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
        f.enterpriseCode, f.country, f.hsChapter, f.valueFen.toString(), f.currency, f.originalAmount, f.rateToCny, eventId,
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
}
