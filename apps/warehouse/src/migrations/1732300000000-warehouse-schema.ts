import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ledgers, lines with their four audited quantities, the movement journal, verification lists,
 * gate passes and the pre-reductions held for inventory lists. CHECKs are the last line of
 * defence for the ledger rules (domain.md §10.7); the code refuses first with a clear message.
 */
export class WarehouseSchema1732300000000 implements MigrationInterface {
  name = 'WarehouseSchema1732300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ledgers (
        ems_no varchar(12) PRIMARY KEY,
        name text NOT NULL,
        area_code text,
        owner_code text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX ledgers_owner_idx ON ledgers (owner_code)');

    await q.query(`
      CREATE TABLE ledger_lines (
        ems_no varchar(12) NOT NULL REFERENCES ledgers (ems_no),
        item_record_no text NOT NULL,
        gcode char(10) NOT NULL,
        gname text NOT NULL,
        unit char(3) NOT NULL,
        item_no text,
        suspended boolean NOT NULL DEFAULT false,
        pre_increased numeric(19,5) NOT NULL DEFAULT 0,
        actual_increased numeric(19,5) NOT NULL DEFAULT 0,
        pre_reduced numeric(19,5) NOT NULL DEFAULT 0,
        actual_reduced numeric(19,5) NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (ems_no, item_record_no),
        CONSTRAINT ledger_lines_non_negative CHECK (pre_increased >= 0 AND actual_increased >= 0 AND pre_reduced >= 0 AND actual_reduced >= 0),
        CONSTRAINT ledger_lines_increase_within_approved CHECK (actual_increased <= pre_increased),
        CONSTRAINT ledger_lines_pre_reduce_within_stock CHECK (pre_reduced <= actual_increased),
        CONSTRAINT ledger_lines_reduce_within_pre_reduced CHECK (actual_reduced <= pre_reduced)
      )`);

    await q.query(`
      CREATE TABLE stock_movements (
        seq bigserial PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        ems_no varchar(12) NOT NULL,
        item_record_no text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('PRE_INCREASE', 'ACTUAL_INCREASE', 'PRE_REDUCE', 'PRE_REDUCE_RETURN', 'ACTUAL_REDUCE')),
        qty numeric(19,5) NOT NULL CHECK (qty > 0),
        reference_type text NOT NULL,
        reference_id text NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (ems_no, item_record_no) REFERENCES ledger_lines (ems_no, item_record_no),
        CONSTRAINT stock_movements_once UNIQUE (kind, reference_type, reference_id, ems_no, item_record_no)
      )`);
    await q.query('CREATE INDEX stock_movements_line_idx ON stock_movements (ems_no, item_record_no, seq)');

    await q.query(`
      CREATE TABLE verification_lists (
        id uuid PRIMARY KEY,
        ems_no varchar(12) NOT NULL REFERENCES ledgers (ems_no),
        owner_code text NOT NULL,
        impexp_markcd char(1) NOT NULL CHECK (impexp_markcd IN ('I', 'E')),
        purpose text NOT NULL CHECK (purpose IN ('BONDED_ENTRY', 'ECOMMERCE_EXIT')),
        currency char(3) NOT NULL,
        country char(3),
        total_value numeric(18,2) NOT NULL,
        status text NOT NULL CHECK (status IN ('SENT', 'APPROVED', 'REJECTED')),
        bond_invt_no text,
        return_status int,
        return_info text,
        return_time timestamptz,
        approved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX verification_lists_ems_idx ON verification_lists (ems_no, created_at)');

    await q.query(`
      CREATE TABLE verification_list_lines (
        verification_list_id uuid NOT NULL REFERENCES verification_lists (id),
        gnum int NOT NULL,
        item_record_no text NOT NULL,
        gcode char(10) NOT NULL,
        gname text NOT NULL,
        unit char(3) NOT NULL,
        qty numeric(19,5) NOT NULL CHECK (qty > 0),
        total_price numeric(18,2) NOT NULL CHECK (total_price >= 0),
        country char(3) NOT NULL,
        PRIMARY KEY (verification_list_id, gnum)
      )`);

    await q.query(`
      CREATE TABLE gate_passes (
        id uuid PRIMARY KEY,
        verification_list_id uuid NOT NULL REFERENCES verification_lists (id),
        ems_no varchar(12) NOT NULL,
        owner_code text NOT NULL,
        vehicle_no text NOT NULL,
        status text NOT NULL CHECK (status IN ('SENT', 'APPROVED', 'REJECTED', 'PASSED')),
        passport_no text,
        return_status int,
        return_info text,
        return_time timestamptz,
        approved_at timestamptz,
        passed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One live gate pass per verification list: its goods pass the gate once.
    await q.query(`CREATE UNIQUE INDEX gate_passes_one_live_idx ON gate_passes (verification_list_id) WHERE status <> 'REJECTED'`);

    await q.query(`
      CREATE TABLE stock_reservations (
        list_id uuid PRIMARY KEY,
        ems_no varchar(12) NOT NULL REFERENCES ledgers (ems_no),
        owner_code text NOT NULL,
        ebc_code text NOT NULL,
        cop_no text NOT NULL,
        order_no text NOT NULL,
        trade_mode text NOT NULL,
        status text NOT NULL CHECK (status IN ('PRE_REDUCED', 'RETURNED', 'RELEASED', 'EXITED')),
        lines jsonb NOT NULL,
        invt_no text,
        released_at timestamptz,
        currency char(3),
        total_value numeric(18,2),
        released_lines jsonb,
        exit_verification_list_id uuid REFERENCES verification_lists (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX stock_reservations_awaiting_exit_idx ON stock_reservations (ems_no, released_at) WHERE status = 'RELEASED'`);
    await q.query('CREATE INDEX stock_reservations_exit_list_idx ON stock_reservations (exit_verification_list_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['stock_reservations', 'gate_passes', 'verification_list_lines', 'verification_lists', 'stock_movements', 'ledger_lines', 'ledgers']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}

export const warehouseMigrations = [WarehouseSchema1732300000000];
