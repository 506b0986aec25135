import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stock-takes go to customs: a count that differs is PENDING until customs answers the INV101 it
 * is filed as (a verification list of purpose STOCK_TAKE). A pending loss holds its quantity on a
 * counter of its own (stock_take_held, movements STOCKTAKE_HOLD / STOCKTAKE_HOLD_RELEASE), so
 * available = 实增 + 退货实增 + 盘盈 − 盘亏 − 预减 − held stays ≥ 0. One pending stock-take per
 * line. Stock-takes recorded before this step were applied at once: APPROVED (or AGREED).
 */
export class StockTakeApproval1733700000000 implements MigrationInterface {
  name = 'StockTakeApproval1733700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE verification_lists DROP CONSTRAINT verification_lists_purpose_check');
    await q.query(`ALTER TABLE verification_lists ADD CONSTRAINT verification_lists_purpose_check CHECK (purpose IN ('BONDED_ENTRY', 'ECOMMERCE_EXIT', 'STOCK_TAKE'))`);
    await q.query('ALTER TABLE ledger_lines ADD COLUMN stock_take_held numeric(19,5) NOT NULL DEFAULT 0 CHECK (stock_take_held >= 0)');
    await q.query('ALTER TABLE ledger_lines DROP CONSTRAINT ledger_lines_pre_reduce_within_stock');
    await q.query(`ALTER TABLE ledger_lines ADD CONSTRAINT ledger_lines_pre_reduce_within_stock
      CHECK (pre_reduced + stock_take_held <= actual_increased + return_increased + stock_take_gain - stock_take_loss)`);
    await q.query('ALTER TABLE stock_movements DROP CONSTRAINT stock_movements_kind_check');
    await q.query(`ALTER TABLE stock_movements ADD CONSTRAINT stock_movements_kind_check
      CHECK (kind IN ('PRE_INCREASE', 'ACTUAL_INCREASE', 'PRE_REDUCE', 'PRE_REDUCE_RETURN', 'ACTUAL_REDUCE', 'RETURN_INCREASE',
                      'STOCKTAKE_GAIN', 'STOCKTAKE_LOSS', 'STOCKTAKE_HOLD', 'STOCKTAKE_HOLD_RELEASE'))`);
    await q.query(`ALTER TABLE stock_takes
      ADD COLUMN state text NOT NULL DEFAULT 'APPROVED' CHECK (state IN ('AGREED', 'PENDING', 'APPROVED', 'REJECTED')),
      ADD COLUMN verification_list_id uuid REFERENCES verification_lists (id),
      ADD COLUMN manage_result int,
      ADD COLUMN return_info text,
      ADD COLUMN decided_at timestamptz`);
    await q.query(`UPDATE stock_takes SET state = 'AGREED' WHERE difference = 0`);
    await q.query('ALTER TABLE stock_takes ALTER COLUMN state DROP DEFAULT');
    await q.query(`CREATE UNIQUE INDEX stock_takes_one_pending ON stock_takes (ems_no, item_record_no) WHERE state = 'PENDING'`);
    await q.query('CREATE UNIQUE INDEX stock_takes_verification_list ON stock_takes (verification_list_id)');
    await q.query('CREATE INDEX stock_takes_ledger_idx ON stock_takes (ems_no, created_at DESC, id DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX stock_takes_ledger_idx');
    await q.query('DROP INDEX stock_takes_verification_list');
    await q.query('DROP INDEX stock_takes_one_pending');
    await q.query('ALTER TABLE stock_takes DROP COLUMN decided_at, DROP COLUMN return_info, DROP COLUMN manage_result, DROP COLUMN verification_list_id, DROP COLUMN state');
    await q.query(`DELETE FROM stock_movements WHERE kind IN ('STOCKTAKE_HOLD', 'STOCKTAKE_HOLD_RELEASE')`);
    await q.query('ALTER TABLE stock_movements DROP CONSTRAINT stock_movements_kind_check');
    await q.query(`ALTER TABLE stock_movements ADD CONSTRAINT stock_movements_kind_check
      CHECK (kind IN ('PRE_INCREASE', 'ACTUAL_INCREASE', 'PRE_REDUCE', 'PRE_REDUCE_RETURN', 'ACTUAL_REDUCE', 'RETURN_INCREASE', 'STOCKTAKE_GAIN', 'STOCKTAKE_LOSS'))`);
    await q.query('ALTER TABLE ledger_lines DROP CONSTRAINT ledger_lines_pre_reduce_within_stock');
    await q.query(`ALTER TABLE ledger_lines ADD CONSTRAINT ledger_lines_pre_reduce_within_stock
      CHECK (pre_reduced <= actual_increased + return_increased + stock_take_gain - stock_take_loss)`);
    await q.query('ALTER TABLE ledger_lines DROP COLUMN stock_take_held');
    await q.query(`DELETE FROM verification_list_lines WHERE verification_list_id IN (SELECT id FROM verification_lists WHERE purpose = 'STOCK_TAKE')`);
    await q.query(`DELETE FROM verification_lists WHERE purpose = 'STOCK_TAKE'`);
    await q.query('ALTER TABLE verification_lists DROP CONSTRAINT verification_lists_purpose_check');
    await q.query(`ALTER TABLE verification_lists ADD CONSTRAINT verification_lists_purpose_check CHECK (purpose IN ('BONDED_ENTRY', 'ECOMMERCE_EXIT'))`);
  }
}
