import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The overseas-warehouse registry (9810, domain.md §3b) and the stock 9810 lists take there:
 * a counter per (warehouse, exporter, goods) with its journal of movements, as the bonded ledger
 * has. Only RECEIVED exists yet; the exporter's sold / returned reports will add their own kinds
 * and counters.
 */
export class OverseasWarehouses1733400000000 implements MigrationInterface {
  name = 'OverseasWarehouses1733400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE overseas_warehouses (
        code text PRIMARY KEY,
        name text NOT NULL,
        country char(3) NOT NULL,
        address text NOT NULL,
        operator_code text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        revision int NOT NULL DEFAULT 1 CHECK (revision >= 1),
        registered_at timestamptz NOT NULL DEFAULT now(),
        changed_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_at timestamptz,
        CONSTRAINT overseas_warehouses_withdrawn CHECK (active = (withdrawn_at IS NULL))
      )`);
    await q.query('CREATE INDEX overseas_warehouses_operator_idx ON overseas_warehouses (operator_code)');

    await q.query(`
      CREATE TABLE overseas_stock (
        warehouse_code text NOT NULL REFERENCES overseas_warehouses (code),
        owner_code text NOT NULL,
        gcode char(10) NOT NULL,
        gname text NOT NULL,
        unit char(3) NOT NULL,
        received numeric(19,5) NOT NULL DEFAULT 0 CHECK (received >= 0),
        PRIMARY KEY (warehouse_code, owner_code, gcode, gname, unit)
      )`);

    await q.query(`
      CREATE TABLE overseas_stock_movements (
        seq bigserial PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        warehouse_code text NOT NULL,
        owner_code text NOT NULL,
        gcode char(10) NOT NULL,
        gname text NOT NULL,
        unit char(3) NOT NULL,
        kind text NOT NULL CHECK (kind IN ('RECEIVED')),
        qty numeric(19,5) NOT NULL CHECK (qty > 0),
        reference_type text NOT NULL,
        reference_id text NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (warehouse_code, owner_code, gcode, gname, unit) REFERENCES overseas_stock (warehouse_code, owner_code, gcode, gname, unit),
        CONSTRAINT overseas_stock_movements_once UNIQUE (kind, reference_type, reference_id, warehouse_code, owner_code, gcode, gname, unit)
      )`);
    await q.query('CREATE INDEX overseas_stock_movements_warehouse_idx ON overseas_stock_movements (warehouse_code, seq)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['overseas_stock_movements', 'overseas_stock', 'overseas_warehouses']) await q.query(`DROP TABLE ${table}`);
  }
}
