import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lots (domain.md §8): each 实增 at the entry gate and each 退货实增 makes a lot of its line, with
 * its gate-in time, origin and value; 实减 at the exit gate draws lots first in, first out
 * (lot_draws). A lot never gives more than it holds (CHECK). Stock already on hand becomes one
 * OPENING lot per line, gated in at the line's first increase, origin and value unknown.
 * A ledger may carry a storage limit in days (nullable: no limit).
 */
export class StockLots1733620000000 implements MigrationInterface {
  name = 'StockLots1733620000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE ledgers ADD COLUMN storage_limit_days integer NULL CHECK (storage_limit_days > 0)');
    await q.query(`
      CREATE TABLE stock_lots (
        seq bigserial PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        ems_no varchar(12) NOT NULL,
        item_record_no text NOT NULL,
        source text NOT NULL CHECK (source IN ('GATE_IN', 'RETURN', 'STOCKTAKE', 'OPENING')),
        movement_seq bigint NULL UNIQUE REFERENCES stock_movements (seq),
        gate_in_at timestamptz NOT NULL,
        country char(3) NULL,
        qty numeric(19,5) NOT NULL CHECK (qty > 0),
        value numeric(18,2) NULL,
        drawn numeric(19,5) NOT NULL DEFAULT 0,
        CONSTRAINT stock_lots_drawn CHECK (drawn >= 0 AND drawn <= qty),
        FOREIGN KEY (ems_no, item_record_no) REFERENCES ledger_lines (ems_no, item_record_no)
      )`);
    await q.query('CREATE INDEX stock_lots_fifo_idx ON stock_lots (ems_no, item_record_no, gate_in_at, seq)');
    await q.query(`
      CREATE TABLE lot_draws (
        seq bigserial PRIMARY KEY,
        lot_id uuid NOT NULL REFERENCES stock_lots (id),
        movement_seq bigint NOT NULL REFERENCES stock_movements (seq),
        qty numeric(19,5) NOT NULL CHECK (qty > 0),
        drawn_at timestamptz NOT NULL,
        UNIQUE (lot_id, movement_seq)
      )`);
    await q.query('CREATE INDEX lot_draws_movement_idx ON lot_draws (movement_seq)');
    await q.query(`
      INSERT INTO stock_lots (id, ems_no, item_record_no, source, gate_in_at, qty)
      SELECT gen_random_uuid(), l.ems_no, l.item_record_no, 'OPENING',
             COALESCE((SELECT min(m.occurred_at) FROM stock_movements m
                        WHERE m.ems_no = l.ems_no AND m.item_record_no = l.item_record_no
                          AND m.kind IN ('ACTUAL_INCREASE', 'RETURN_INCREASE', 'STOCKTAKE_GAIN')), now()),
             l.actual_increased + l.return_increased + l.stock_take_gain - l.stock_take_loss - l.actual_reduced
        FROM ledger_lines l
       WHERE l.actual_increased + l.return_increased + l.stock_take_gain - l.stock_take_loss - l.actual_reduced > 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE lot_draws');
    await q.query('DROP TABLE stock_lots');
    await q.query('ALTER TABLE ledgers DROP COLUMN storage_limit_days');
  }
}
