import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cancels (CEB623/CEB605) and consumer returns (CEB625) of inventory lists, each with at most one
 * live (not REFUSED) request per list; the RETURNED list status; and the CEB816 tax bill customs
 * issued, kept on the list beside the tax this service computed.
 */
export class CancellationsReturnsTaxBills1733200000000 implements MigrationInterface {
  name = 'CancellationsReturnsTaxBills1733200000000';

  async up(q: QueryRunner): Promise<void> {
    const request = `
        business_key text NOT NULL,
        invt_no text NOT NULL,
        agent_code text NOT NULL,
        ebc_code text NOT NULL,
        status text NOT NULL CHECK (status IN ('FILED', 'ACCEPTED', 'APPROVED', 'REFUSED')),
        return_status int,
        return_info text,
        return_time timestamptz,
        refuse_code text,
        reason text NOT NULL,
        approved_at timestamptz,
        document jsonb NOT NULL,
        filed_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()`;
    await q.query(`
      CREATE TABLE list_cancellations (
        id uuid PRIMARY KEY,
        message_type text NOT NULL CHECK (message_type IN ('CEB623', 'CEB605')),
        list_id uuid NOT NULL REFERENCES inventory_lists (id),
        ebp_code text,
        ${request}
      )`);
    await q.query(`CREATE UNIQUE INDEX list_cancellations_live_per_list ON list_cancellations (list_id) WHERE status <> 'REFUSED'`);
    await q.query('CREATE INDEX list_cancellations_business_key ON list_cancellations (business_key, created_at)');

    await q.query(`
      CREATE TABLE list_returns (
        id uuid PRIMARY KEY,
        list_id uuid NOT NULL REFERENCES inventory_lists (id),
        ebp_code text NOT NULL,
        returned_value numeric(18,2) NOT NULL CHECK (returned_value > 0),
        kept_dutiable_value numeric(18,2) NOT NULL,
        kept_vat numeric(18,2) NOT NULL,
        kept_consumption_tax numeric(18,2) NOT NULL,
        kept_total_tax numeric(18,2) NOT NULL,
        ${request}
      )`);
    await q.query(`CREATE UNIQUE INDEX list_returns_live_per_list ON list_returns (list_id) WHERE status <> 'REFUSED'`);
    await q.query('CREATE INDEX list_returns_business_key ON list_returns (business_key, created_at)');
    // The annual count subtracts approved returns per list.
    await q.query(`CREATE INDEX list_returns_approved ON list_returns (list_id) WHERE status = 'APPROVED'`);
    await q.query(`
      CREATE TABLE list_return_lines (
        return_id uuid NOT NULL REFERENCES list_returns (id) ON DELETE CASCADE,
        gnum int NOT NULL,
        item_record_no text,
        gcode text NOT NULL,
        gname text NOT NULL,
        unit text NOT NULL,
        country text NOT NULL,
        qty numeric(19,5) NOT NULL CHECK (qty > 0),
        declared_qty numeric(19,5) NOT NULL,
        declared_total_price numeric(18,2) NOT NULL,
        returned_value numeric(18,2) NOT NULL,
        PRIMARY KEY (return_id, gnum),
        CHECK (qty <= declared_qty),
        CHECK (returned_value <= declared_total_price)
      )`);

    await q.query(`
      ALTER TABLE inventory_lists
        ADD COLUMN tax_bill_no text,
        ADD COLUMN tax_bill_status text CHECK (tax_bill_status IN ('1', '2', '3')),
        ADD COLUMN tax_bill_customs_tax numeric(18,2),
        ADD COLUMN tax_bill_vat numeric(18,2),
        ADD COLUMN tax_bill_consumption_tax numeric(18,2),
        ADD COLUMN tax_bill_issued_at timestamptz`);
    // Cancels and returns find their list by the agent's invtNo.
    await q.query('CREATE INDEX inventory_lists_agent_invt_no ON inventory_lists (agent_code, invt_no) WHERE invt_no IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX inventory_lists_agent_invt_no');
    await q.query(`
      ALTER TABLE inventory_lists
        DROP COLUMN tax_bill_no, DROP COLUMN tax_bill_status, DROP COLUMN tax_bill_customs_tax,
        DROP COLUMN tax_bill_vat, DROP COLUMN tax_bill_consumption_tax, DROP COLUMN tax_bill_issued_at`);
    for (const table of ['list_return_lines', 'list_returns', 'list_cancellations']) await q.query(`DROP TABLE ${table}`);
  }
}
