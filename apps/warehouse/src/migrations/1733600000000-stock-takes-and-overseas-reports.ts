import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stock-takes (盘点): a count that differs from on-hand becomes a movement of its own kind
 * (STOCKTAKE_GAIN / STOCKTAKE_LOSS) on a counter of its own, so 实增 ≤ 预增 still holds; a loss
 * never takes more than is available (the pre-reduced goods are promised). And the exporter's
 * reports of what an overseas warehouse sold and took back (9810): SOLD / RETURNED movements on
 * counters of their own, on-hand never negative, a return never more than was sold.
 */
export class StockTakesAndOverseasReports1733600000000 implements MigrationInterface {
  name = 'StockTakesAndOverseasReports1733600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE ledger_lines ADD COLUMN stock_take_gain numeric(19,5) NOT NULL DEFAULT 0 CHECK (stock_take_gain >= 0)');
    await q.query('ALTER TABLE ledger_lines ADD COLUMN stock_take_loss numeric(19,5) NOT NULL DEFAULT 0 CHECK (stock_take_loss >= 0)');
    await q.query('ALTER TABLE ledger_lines DROP CONSTRAINT ledger_lines_pre_reduce_within_stock');
    await q.query(`ALTER TABLE ledger_lines ADD CONSTRAINT ledger_lines_pre_reduce_within_stock
      CHECK (pre_reduced <= actual_increased + return_increased + stock_take_gain - stock_take_loss)`);
    await q.query('ALTER TABLE stock_movements DROP CONSTRAINT stock_movements_kind_check');
    await q.query(`ALTER TABLE stock_movements ADD CONSTRAINT stock_movements_kind_check
      CHECK (kind IN ('PRE_INCREASE', 'ACTUAL_INCREASE', 'PRE_REDUCE', 'PRE_REDUCE_RETURN', 'ACTUAL_REDUCE', 'RETURN_INCREASE', 'STOCKTAKE_GAIN', 'STOCKTAKE_LOSS'))`);
    await q.query('CREATE INDEX stock_movements_history_idx ON stock_movements (ems_no, occurred_at DESC, id DESC)');
    await q.query('CREATE INDEX stock_movements_reference_idx ON stock_movements (ems_no, reference_id)');
    await q.query(`
      CREATE TABLE stock_takes (
        id uuid PRIMARY KEY,
        ems_no varchar(12) NOT NULL,
        item_record_no text NOT NULL,
        counted_qty numeric(19,5) NOT NULL CHECK (counted_qty >= 0),
        on_hand_before numeric(19,5) NOT NULL,
        difference numeric(19,5) NOT NULL,
        reason text NOT NULL,
        operator_key_id text NOT NULL,
        operator_code text,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (ems_no, item_record_no) REFERENCES ledger_lines (ems_no, item_record_no)
      )`);
    await q.query('CREATE INDEX stock_takes_line_idx ON stock_takes (ems_no, item_record_no, created_at)');

    await q.query('ALTER TABLE overseas_stock ADD COLUMN sold numeric(19,5) NOT NULL DEFAULT 0 CHECK (sold >= 0)');
    await q.query('ALTER TABLE overseas_stock ADD COLUMN returned numeric(19,5) NOT NULL DEFAULT 0 CHECK (returned >= 0 AND returned <= sold)');
    await q.query('ALTER TABLE overseas_stock ADD CONSTRAINT overseas_stock_on_hand CHECK (received - cancelled - sold + returned >= 0)');
    await q.query('ALTER TABLE overseas_stock_movements DROP CONSTRAINT overseas_stock_movements_kind_check');
    await q.query(`ALTER TABLE overseas_stock_movements ADD CONSTRAINT overseas_stock_movements_kind_check CHECK (kind IN ('RECEIVED', 'CANCELLED', 'SOLD', 'RETURNED'))`);
    await q.query(`
      CREATE TABLE overseas_stock_reports (
        warehouse_code text NOT NULL,
        owner_code text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('SOLD', 'RETURNED')),
        report_no text NOT NULL,
        reported_at timestamptz NOT NULL,
        lines jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (warehouse_code, owner_code, kind, report_no)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE overseas_stock_reports');
    await q.query(`DELETE FROM overseas_stock_movements WHERE kind IN ('SOLD', 'RETURNED')`);
    await q.query('ALTER TABLE overseas_stock_movements DROP CONSTRAINT overseas_stock_movements_kind_check');
    await q.query(`ALTER TABLE overseas_stock_movements ADD CONSTRAINT overseas_stock_movements_kind_check CHECK (kind IN ('RECEIVED', 'CANCELLED'))`);
    await q.query('ALTER TABLE overseas_stock DROP CONSTRAINT overseas_stock_on_hand');
    await q.query('ALTER TABLE overseas_stock DROP COLUMN returned');
    await q.query('ALTER TABLE overseas_stock DROP COLUMN sold');
    await q.query('DROP TABLE stock_takes');
    await q.query('DROP INDEX stock_movements_reference_idx');
    await q.query('DROP INDEX stock_movements_history_idx');
    await q.query(`DELETE FROM stock_movements WHERE kind IN ('STOCKTAKE_GAIN', 'STOCKTAKE_LOSS')`);
    await q.query('ALTER TABLE stock_movements DROP CONSTRAINT stock_movements_kind_check');
    await q.query(`ALTER TABLE stock_movements ADD CONSTRAINT stock_movements_kind_check
      CHECK (kind IN ('PRE_INCREASE', 'ACTUAL_INCREASE', 'PRE_REDUCE', 'PRE_REDUCE_RETURN', 'ACTUAL_REDUCE', 'RETURN_INCREASE'))`);
    await q.query('ALTER TABLE ledger_lines DROP CONSTRAINT ledger_lines_pre_reduce_within_stock');
    await q.query('ALTER TABLE ledger_lines ADD CONSTRAINT ledger_lines_pre_reduce_within_stock CHECK (pre_reduced <= actual_increased + return_increased)');
    await q.query('ALTER TABLE ledger_lines DROP COLUMN stock_take_loss');
    await q.query('ALTER TABLE ledger_lines DROP COLUMN stock_take_gain');
  }
}
