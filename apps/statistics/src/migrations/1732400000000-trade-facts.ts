import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per document line and basis. The unique key makes a replayed or repeated event a
 * no-op (INSERT … ON CONFLICT DO NOTHING). value_fen may be negative: returns will be netted
 * off as their own facts (source_type RETURN), never by editing a counted row.
 */
export class TradeFacts1732400000000 implements MigrationInterface {
  name = 'TradeFacts1732400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE trade_facts (
        id bigserial PRIMARY KEY,
        basis text NOT NULL CHECK (basis IN ('BORDER', 'RETAIL')),
        source_type text NOT NULL,
        source_id text NOT NULL,
        gnum int NOT NULL,
        direction char(1) NOT NULL CHECK (direction IN ('I', 'E')),
        trade_mode text NOT NULL,
        release_date date NOT NULL,
        year smallint NOT NULL,
        month smallint NOT NULL CHECK (month BETWEEN 1 AND 12),
        enterprise_code text NOT NULL,
        country text NOT NULL,
        hs_chapter text NOT NULL,
        value_fen bigint NOT NULL,
        currency text NOT NULL,
        original_amount numeric(18, 2) NOT NULL,
        rate_to_cny numeric(18, 8) NOT NULL,
        event_id uuid NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT trade_facts_once UNIQUE (basis, source_type, source_id, gnum)
      )`);
    await q.query('CREATE INDEX trade_facts_year ON trade_facts (year, basis)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE trade_facts');
  }
}

export const statisticsMigrations = [TradeFacts1732400000000];
