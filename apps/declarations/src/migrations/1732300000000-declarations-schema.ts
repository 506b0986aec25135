import { MigrationInterface, QueryRunner } from 'typeorm';
import { NormaliseBuyerIds1732400000000 } from './1732400000000-normalise-buyer-ids';

/** Orders, payments, waybills, inventory lists (with lines) and the receipt history. */
export class DeclarationsSchema1732300000000 implements MigrationInterface {
  name = 'DeclarationsSchema1732300000000';

  async up(q: QueryRunner): Promise<void> {
    const partner = `
        status text NOT NULL,
        return_status int,
        return_info text,
        return_time timestamptz,
        document jsonb NOT NULL,
        filed_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()`;
    await q.query(`
      CREATE TABLE orders (
        id uuid PRIMARY KEY,
        order_no text NOT NULL,
        ebp_code text NOT NULL,
        ebc_code text NOT NULL,
        business_key text NOT NULL,
        pay_code text,
        buyer_id_number text NOT NULL,
        goods_value numeric(18,2) NOT NULL,
        freight numeric(18,2) NOT NULL,
        discount numeric(18,2) NOT NULL,
        tax_total numeric(18,2) NOT NULL,
        actural_paid numeric(18,2) NOT NULL,
        ${partner},
        CONSTRAINT orders_order_no_per_platform UNIQUE (ebp_code, order_no),
        CONSTRAINT orders_business_key UNIQUE (business_key)
      )`);
    await q.query('CREATE INDEX orders_ebc_code ON orders (ebc_code, order_no)');

    await q.query(`
      CREATE TABLE payments (
        id uuid PRIMARY KEY,
        pay_code text NOT NULL,
        pay_transaction_id text NOT NULL,
        order_no text NOT NULL,
        ebp_code text NOT NULL,
        business_key text NOT NULL,
        amount_paid numeric(18,2) NOT NULL,
        ${partner},
        CONSTRAINT payments_transaction UNIQUE (pay_code, pay_transaction_id),
        CONSTRAINT payments_business_key UNIQUE (business_key)
      )`);
    await q.query('CREATE INDEX payments_order_no ON payments (ebp_code, order_no)');

    await q.query(`
      CREATE TABLE waybills (
        id uuid PRIMARY KEY,
        logistics_code text NOT NULL,
        logistics_no text NOT NULL,
        order_no text NOT NULL,
        business_key text NOT NULL,
        freight numeric(18,2) NOT NULL,
        insured_fee numeric(18,2) NOT NULL,
        weight numeric(19,5) NOT NULL,
        ${partner},
        CONSTRAINT waybills_logistics_no_per_carrier UNIQUE (logistics_code, logistics_no),
        CONSTRAINT waybills_business_key UNIQUE (business_key)
      )`);

    await q.query(`
      CREATE TABLE inventory_lists (
        id uuid PRIMARY KEY,
        cop_no text NOT NULL,
        agent_code text NOT NULL,
        order_no text NOT NULL,
        ebp_code text NOT NULL,
        ebc_code text NOT NULL,
        logistics_code text NOT NULL,
        logistics_no text NOT NULL,
        business_key text NOT NULL,
        trade_mode text NOT NULL,
        ie_flag text NOT NULL CHECK (ie_flag IN ('I', 'E')),
        ems_no text,
        buyer_id_number text NOT NULL,
        country text NOT NULL,
        currency text NOT NULL,
        goods_value numeric(18,2) NOT NULL,
        freight numeric(18,2) NOT NULL,
        insured_fee numeric(18,2) NOT NULL,
        transaction_value numeric(18,2) NOT NULL,
        vat numeric(18,2) NOT NULL,
        consumption_tax numeric(18,2) NOT NULL,
        total_tax numeric(18,2) NOT NULL,
        full_tax boolean NOT NULL DEFAULT false,
        status text NOT NULL,
        return_status int,
        return_info text,
        return_time timestamptz,
        reject_stage text CHECK (reject_stage IN ('stock', 'customs', 'cancelled')),
        reject_code text,
        reject_reason text,
        pre_no text,
        invt_no text,
        declared_at timestamptz,
        released_at timestamptz,
        release_published boolean NOT NULL DEFAULT false,
        document jsonb NOT NULL,
        filed_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT inventory_lists_cop_no_per_agent UNIQUE (agent_code, cop_no),
        CONSTRAINT inventory_lists_business_key UNIQUE (business_key)
      )`);
    // One live list per (ebcCode, orderNo): rejected and cancelled lists free the slot.
    await q.query(`
      CREATE UNIQUE INDEX inventory_lists_live_per_order ON inventory_lists (ebc_code, order_no)
      WHERE status NOT IN ('REJECTED', 'CANCELLED')`);
    await q.query('CREATE INDEX inventory_lists_buyer_year ON inventory_lists (buyer_id_number, created_at)');
    await q.query('CREATE INDEX inventory_lists_status ON inventory_lists (status, created_at)');
    await q.query('CREATE INDEX inventory_lists_invt_no ON inventory_lists (invt_no) WHERE invt_no IS NOT NULL');

    await q.query(`
      CREATE TABLE inventory_list_lines (
        list_id uuid NOT NULL REFERENCES inventory_lists (id) ON DELETE CASCADE,
        gnum int NOT NULL,
        item_record_no text,
        gcode text NOT NULL,
        gname text NOT NULL,
        qty numeric(19,5) NOT NULL,
        unit text NOT NULL,
        qty1 numeric(19,5) NOT NULL,
        unit1 text NOT NULL,
        price numeric(18,2) NOT NULL,
        total_price numeric(18,2) NOT NULL,
        country text NOT NULL,
        PRIMARY KEY (list_id, gnum)
      )`);

    await q.query(`
      CREATE TABLE customs_receipts (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        message_type text NOT NULL,
        business_key text NOT NULL,
        return_status int NOT NULL,
        return_time timestamptz NOT NULL,
        return_info text NOT NULL,
        pre_no text,
        invt_no text,
        document_id uuid,
        applied boolean NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT customs_receipts_once UNIQUE (message_type, business_key, return_status, return_time)
      )`);
    await q.query('CREATE INDEX customs_receipts_document ON customs_receipts (document_id, return_time)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['customs_receipts', 'inventory_list_lines', 'inventory_lists', 'waybills', 'payments', 'orders']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}

export const declarationsMigrations = [DeclarationsSchema1732300000000, NormaliseBuyerIds1732400000000];
