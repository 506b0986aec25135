import { MigrationInterface, QueryRunner } from 'typeorm';

/** Documents customs received, the receipts it sent, receipts still to send, lists awaiting partners. */
export class SimulatorTables1732300000000 implements MigrationInterface {
  name = 'SimulatorTables1732300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customs_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        message_type text NOT NULL,
        business_key text NOT NULL,
        sender text NOT NULL,
        order_no text,
        ebc_code text,
        ebp_code text,
        pay_code text,
        pay_transaction_id text,
        logistics_code text,
        logistics_no text,
        document jsonb NOT NULL,
        xml text NOT NULL,
        valid boolean NOT NULL,
        status text NOT NULL,
        final boolean NOT NULL DEFAULT false,
        pre_no text,
        invt_no text,
        customs_no text,
        last_return_status int,
        last_return_time timestamptz,
        correlation_id text NOT NULL,
        resend_count int NOT NULL DEFAULT 0,
        first_received_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL,
        CONSTRAINT customs_documents_key UNIQUE (message_type, business_key)
      )`);
    await q.query('CREATE INDEX customs_documents_order ON customs_documents (message_type, order_no)');
    await q.query('CREATE INDEX customs_documents_logistics ON customs_documents (message_type, logistics_code, logistics_no)');
    await q.query(`
      CREATE TABLE issued_receipts (
        id bigserial PRIMARY KEY,
        document_id uuid NOT NULL REFERENCES customs_documents(id),
        event_id uuid NOT NULL,
        return_status int NOT NULL,
        return_time timestamptz NOT NULL,
        return_info text NOT NULL,
        pre_no text,
        invt_no text,
        customs_no text,
        issued_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX issued_receipts_document ON issued_receipts (document_id, id)');
    await q.query(`
      CREATE TABLE scheduled_receipts (
        id bigserial PRIMARY KEY,
        document_id uuid NOT NULL REFERENCES customs_documents(id),
        return_status int NOT NULL,
        return_info text NOT NULL,
        due_at timestamptz NOT NULL,
        correlation_id text NOT NULL,
        causation_id text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX scheduled_receipts_due ON scheduled_receipts (due_at, id)');
    await q.query(`
      CREATE TABLE pending_lists (
        document_id uuid PRIMARY KEY REFERENCES customs_documents(id),
        waiting_since timestamptz NOT NULL,
        deadline timestamptz NOT NULL,
        missing text NOT NULL
      )`);
    await q.query('CREATE INDEX pending_lists_deadline ON pending_lists (deadline)');
    await q.query('CREATE SEQUENCE customs_pre_no_seq');
    await q.query('CREATE SEQUENCE customs_invt_no_seq');
    await q.query('CREATE SEQUENCE customs_bond_invt_no_seq');
    await q.query('CREATE SEQUENCE customs_gate_pass_no_seq');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const s of ['customs_gate_pass_no_seq', 'customs_bond_invt_no_seq', 'customs_invt_no_seq', 'customs_pre_no_seq']) await q.query(`DROP SEQUENCE ${s}`);
    for (const t of ['pending_lists', 'scheduled_receipts', 'issued_receipts', 'customs_documents']) await q.query(`DROP TABLE ${t}`);
  }
}

export const simulatorMigrations = [SimulatorTables1732300000000];
