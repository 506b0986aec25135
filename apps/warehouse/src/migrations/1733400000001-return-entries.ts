import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consumer returns of bonded goods (domain.md §3b): a fifth audited quantity on the ledger line,
 * 实增 by return (return_increased, movement kind RETURN_INCREASE), and the return entries that
 * move it, POSTED or PENDING for the operator with the reason.
 */
export class ReturnEntries1733400000001 implements MigrationInterface {
  name = 'ReturnEntries1733400000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE ledger_lines ADD COLUMN return_increased numeric(19,5) NOT NULL DEFAULT 0');
    await q.query('ALTER TABLE ledger_lines DROP CONSTRAINT ledger_lines_non_negative');
    await q.query(`ALTER TABLE ledger_lines ADD CONSTRAINT ledger_lines_non_negative
      CHECK (pre_increased >= 0 AND actual_increased >= 0 AND pre_reduced >= 0 AND actual_reduced >= 0 AND return_increased >= 0)`);
    // Returned goods are stock a list may draw on again.
    await q.query('ALTER TABLE ledger_lines DROP CONSTRAINT ledger_lines_pre_reduce_within_stock');
    await q.query('ALTER TABLE ledger_lines ADD CONSTRAINT ledger_lines_pre_reduce_within_stock CHECK (pre_reduced <= actual_increased + return_increased)');
    await q.query('ALTER TABLE stock_movements DROP CONSTRAINT stock_movements_kind_check');
    await q.query(`ALTER TABLE stock_movements ADD CONSTRAINT stock_movements_kind_check
      CHECK (kind IN ('PRE_INCREASE', 'ACTUAL_INCREASE', 'PRE_REDUCE', 'PRE_REDUCE_RETURN', 'ACTUAL_REDUCE', 'RETURN_INCREASE'))`);

    await q.query(`
      CREATE TABLE return_entries (
        return_id uuid PRIMARY KEY,
        list_id uuid NOT NULL REFERENCES stock_reservations (list_id),
        ems_no varchar(12) NOT NULL REFERENCES ledgers (ems_no),
        owner_code text NOT NULL,
        ebc_code text NOT NULL,
        cop_no text NOT NULL,
        invt_no text NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'POSTED')),
        lines jsonb NOT NULL,
        pending_code text,
        pending_reason text,
        returned_at timestamptz NOT NULL,
        posted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT return_entries_state CHECK ((status = 'POSTED') = (posted_at IS NOT NULL) AND (status = 'PENDING') = (pending_code IS NOT NULL))
      )`);
    await q.query('CREATE INDEX return_entries_ledger_idx ON return_entries (ems_no, status, created_at)');
    await q.query('CREATE INDEX return_entries_list_idx ON return_entries (list_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE return_entries');
    await q.query(`DELETE FROM stock_movements WHERE kind = 'RETURN_INCREASE'`);
    await q.query('ALTER TABLE stock_movements DROP CONSTRAINT stock_movements_kind_check');
    await q.query(`ALTER TABLE stock_movements ADD CONSTRAINT stock_movements_kind_check
      CHECK (kind IN ('PRE_INCREASE', 'ACTUAL_INCREASE', 'PRE_REDUCE', 'PRE_REDUCE_RETURN', 'ACTUAL_REDUCE'))`);
    await q.query('ALTER TABLE ledger_lines DROP CONSTRAINT ledger_lines_pre_reduce_within_stock');
    await q.query('ALTER TABLE ledger_lines ADD CONSTRAINT ledger_lines_pre_reduce_within_stock CHECK (pre_reduced <= actual_increased)');
    await q.query('ALTER TABLE ledger_lines DROP CONSTRAINT ledger_lines_non_negative');
    await q.query(`ALTER TABLE ledger_lines ADD CONSTRAINT ledger_lines_non_negative
      CHECK (pre_increased >= 0 AND actual_increased >= 0 AND pre_reduced >= 0 AND actual_reduced >= 0)`);
    await q.query('ALTER TABLE ledger_lines DROP COLUMN return_increased');
  }
}
