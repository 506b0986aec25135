import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The export side (apps/declarations/README.md "Export"): CEB303 orders and CEB505 waybills in the
 * orders and waybills tables (one business key per order and per waybill across both
 * directions), every filed document's message type, receipts of payment (CEB403), arrival and
 * departure reports (CEB507/509) with the waybills they name, the copy of the overseas-warehouse
 * registry, export lists in inventory_lists (no buyer, no tax), summary applications (CEB701).
 */
export class ExportDocuments1733100000000 implements MigrationInterface {
  name = 'ExportDocuments1733100000000';

  async up(q: QueryRunner): Promise<void> {
    // Every partner document knows the message it went to customs as.
    for (const [table, type] of [['orders', 'CEB311'], ['payments', 'CEB411'], ['waybills', 'CEB511']]) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN message_type text NOT NULL DEFAULT '${type}'`);
      await q.query(`ALTER TABLE ${table} ALTER COLUMN message_type DROP DEFAULT`);
    }

    // Orders of both directions: the import-only amounts are null on a CEB303.
    await q.query(`ALTER TABLE orders ADD COLUMN order_type text, ADD COLUMN currency text`);
    await q.query(`UPDATE orders SET order_type = COALESCE(document->>'orderType', 'I'), currency = COALESCE(document->>'currency', '142')`);
    await q.query(`ALTER TABLE orders ALTER COLUMN order_type SET NOT NULL, ALTER COLUMN currency SET NOT NULL`);
    for (const column of ['buyer_id_number', 'discount', 'tax_total', 'actural_paid']) {
      await q.query(`ALTER TABLE orders ALTER COLUMN ${column} DROP NOT NULL`);
    }
    await q.query(`ALTER TABLE orders ADD CONSTRAINT orders_import_amounts CHECK (
      message_type <> 'CEB311' OR (buyer_id_number IS NOT NULL AND discount IS NOT NULL AND tax_total IS NOT NULL AND actural_paid IS NOT NULL))`);
    await q.query(`ALTER TABLE orders ADD CONSTRAINT orders_message_type CHECK (message_type IN ('CEB311', 'CEB303'))`);

    // Waybills of both directions: an export waybill names no order.
    await q.query('ALTER TABLE waybills ALTER COLUMN order_no DROP NOT NULL');
    await q.query(`ALTER TABLE waybills ADD CONSTRAINT waybills_import_order CHECK (message_type <> 'CEB511' OR order_no IS NOT NULL)`);
    await q.query(`ALTER TABLE waybills ADD CONSTRAINT waybills_message_type CHECK (message_type IN ('CEB511', 'CEB505'))`);

    const filed = `
        message_type text NOT NULL,
        business_key text NOT NULL,
        status text NOT NULL,
        return_status int,
        return_info text,
        return_time timestamptz,
        document jsonb NOT NULL,
        filed_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()`;

    await q.query(`
      CREATE TABLE payment_receipts (
        id uuid PRIMARY KEY,
        order_no text NOT NULL,
        ebc_code text NOT NULL,
        ebp_code text NOT NULL,
        pay_code text,
        charge numeric(18,2) NOT NULL,
        currency text NOT NULL,
        ${filed},
        CONSTRAINT payment_receipts_business_key UNIQUE (business_key)
      )`);

    await q.query(`
      CREATE TABLE movement_reports (
        id uuid PRIMARY KEY,
        order_no text,
        cop_no text NOT NULL,
        customs_code text NOT NULL,
        operator_code text,
        logistics_code text NOT NULL,
        ${filed},
        CONSTRAINT movement_reports_business_key UNIQUE (message_type, business_key),
        CONSTRAINT movement_reports_message_type CHECK (message_type IN ('CEB507', 'CEB509'))
      )`);
    await q.query(`
      CREATE TABLE reported_waybills (
        report_id uuid NOT NULL REFERENCES movement_reports (id) ON DELETE CASCADE,
        gnum int NOT NULL,
        logistics_code text NOT NULL,
        logistics_no text NOT NULL,
        PRIMARY KEY (report_id, gnum)
      )`);
    await q.query('CREATE INDEX reported_waybills_waybill ON reported_waybills (logistics_code, logistics_no)');

    await q.query(`
      CREATE TABLE overseas_warehouses (
        code text PRIMARY KEY,
        name text NOT NULL,
        country text NOT NULL,
        operator_code text NOT NULL,
        address text NOT NULL,
        active boolean NOT NULL,
        registered_at timestamptz NOT NULL,
        revision int NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    // Export lists: no buyer, no tax; the ledger's operator as a column (areaCode / iacCode).
    await q.query('ALTER TABLE inventory_lists ALTER COLUMN buyer_id_number DROP NOT NULL');
    await q.query(`ALTER TABLE inventory_lists ADD CONSTRAINT inventory_lists_import_buyer CHECK (ie_flag <> 'I' OR buyer_id_number IS NOT NULL)`);
    await q.query(`ALTER TABLE inventory_lists
      ADD COLUMN area_code text,
      ADD COLUMN overseas_warehouse_code text,
      ADD COLUMN arrived_at timestamptz,
      ADD COLUMN departed_at timestamptz,
      ADD COLUMN summary_id uuid`);
    await q.query(`UPDATE inventory_lists SET area_code = NULLIF(document->>'areaCode', '') WHERE area_code IS NULL`);
    await q.query('CREATE INDEX inventory_lists_waybill ON inventory_lists (logistics_code, logistics_no)');
    await q.query(`CREATE INDEX inventory_lists_summarisable ON inventory_lists (ebc_code, released_at) WHERE ie_flag = 'E' AND summary_id IS NULL`);

    await q.query(`
      CREATE TABLE summary_applications (
        id uuid PRIMARY KEY,
        cop_no text NOT NULL,
        agent_code text NOT NULL,
        ebc_code text NOT NULL,
        start_time timestamptz NOT NULL,
        end_time timestamptz NOT NULL,
        pre_no text,
        sum_no text,
        entry_id text,
        dec_state text,
        ${filed},
        CONSTRAINT summary_applications_business_key UNIQUE (business_key)
      )`);
    await q.query('CREATE INDEX summary_applications_ebc ON summary_applications (ebc_code, created_at)');
    await q.query(`
      CREATE TABLE summary_application_lists (
        summary_id uuid NOT NULL REFERENCES summary_applications (id) ON DELETE CASCADE,
        list_id uuid NOT NULL REFERENCES inventory_lists (id),
        invt_no text NOT NULL,
        PRIMARY KEY (summary_id, list_id)
      )`);

    // CEB792 results carry the summary's numbers; the history keeps them like preNo/invtNo.
    await q.query('ALTER TABLE customs_receipts ADD COLUMN sum_no text, ADD COLUMN entry_id text, ADD COLUMN dec_state text');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE customs_receipts DROP COLUMN sum_no, DROP COLUMN entry_id, DROP COLUMN dec_state');
    for (const table of ['summary_application_lists', 'summary_applications', 'overseas_warehouses', 'reported_waybills', 'movement_reports', 'payment_receipts']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query('DROP INDEX inventory_lists_summarisable');
    await q.query('DROP INDEX inventory_lists_waybill');
    await q.query('ALTER TABLE inventory_lists DROP CONSTRAINT inventory_lists_import_buyer');
    await q.query(`DELETE FROM inventory_lists WHERE ie_flag = 'E'`);
    await q.query(`ALTER TABLE inventory_lists DROP COLUMN area_code, DROP COLUMN overseas_warehouse_code, DROP COLUMN arrived_at,
      DROP COLUMN departed_at, DROP COLUMN summary_id, ALTER COLUMN buyer_id_number SET NOT NULL`);
    await q.query(`DELETE FROM waybills WHERE message_type <> 'CEB511'`);
    await q.query('ALTER TABLE waybills DROP CONSTRAINT waybills_import_order, DROP CONSTRAINT waybills_message_type, ALTER COLUMN order_no SET NOT NULL');
    await q.query(`DELETE FROM orders WHERE message_type <> 'CEB311'`);
    await q.query('ALTER TABLE orders DROP CONSTRAINT orders_import_amounts, DROP CONSTRAINT orders_message_type, DROP COLUMN order_type, DROP COLUMN currency');
    for (const column of ['buyer_id_number', 'discount', 'tax_total', 'actural_paid']) {
      await q.query(`ALTER TABLE orders ALTER COLUMN ${column} SET NOT NULL`);
    }
    for (const table of ['orders', 'payments', 'waybills']) await q.query(`ALTER TABLE ${table} DROP COLUMN message_type`);
  }
}
