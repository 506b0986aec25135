import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A released 9810 list may be cancelled until its goods depart (domain.md §3b): what its release
 * put in the overseas warehouse's stock comes off again as a movement of its own (CANCELLED) on a
 * counter of its own, never more than was received.
 */
export class OverseasStockCancelled1733500000001 implements MigrationInterface {
  name = 'OverseasStockCancelled1733500000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE overseas_stock ADD COLUMN cancelled numeric(19,5) NOT NULL DEFAULT 0');
    await q.query('ALTER TABLE overseas_stock ADD CONSTRAINT overseas_stock_cancelled CHECK (cancelled >= 0 AND cancelled <= received)');
    await q.query('ALTER TABLE overseas_stock_movements DROP CONSTRAINT overseas_stock_movements_kind_check');
    await q.query(`ALTER TABLE overseas_stock_movements ADD CONSTRAINT overseas_stock_movements_kind_check CHECK (kind IN ('RECEIVED', 'CANCELLED'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM overseas_stock_movements WHERE kind = 'CANCELLED'`);
    await q.query('ALTER TABLE overseas_stock_movements DROP CONSTRAINT overseas_stock_movements_kind_check');
    await q.query(`ALTER TABLE overseas_stock_movements ADD CONSTRAINT overseas_stock_movements_kind_check CHECK (kind IN ('RECEIVED'))`);
    await q.query('ALTER TABLE overseas_stock DROP COLUMN cancelled');
  }
}
