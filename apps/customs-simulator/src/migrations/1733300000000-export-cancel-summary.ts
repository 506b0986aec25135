import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What customs keeps of export lists, movements, cancels, returns, summaries and tax bills: when
 * a list was released, arrived, departed, cancelled or returned; which list a request is about;
 * the extra fields and XML of a receipt; the lists each accepted summary holds; the tax bills.
 */
export class ExportCancelSummary1733300000000 implements MigrationInterface {
  name = 'ExportCancelSummary1733300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE customs_documents
        ADD COLUMN released_at timestamptz,
        ADD COLUMN arrived_at timestamptz,
        ADD COLUMN departed_at timestamptz,
        ADD COLUMN cancelled_at timestamptz,
        ADD COLUMN returned_at timestamptz,
        ADD COLUMN list_id uuid REFERENCES customs_documents(id)`);
    await q.query('CREATE INDEX customs_documents_invt_no ON customs_documents (message_type, invt_no) WHERE invt_no IS NOT NULL');
    await q.query(`ALTER TABLE scheduled_receipts ADD COLUMN fields jsonb NOT NULL DEFAULT '{}'::jsonb`);
    await q.query(`ALTER TABLE issued_receipts ADD COLUMN fields jsonb NOT NULL DEFAULT '{}'::jsonb, ADD COLUMN xml text`);
    await q.query(`
      CREATE TABLE summary_lists (
        invt_no text PRIMARY KEY,
        summary_id uuid NOT NULL REFERENCES customs_documents(id),
        sum_no text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX summary_lists_summary ON summary_lists (summary_id)');
    await q.query(`
      CREATE TABLE tax_bills (
        list_id uuid PRIMARY KEY REFERENCES customs_documents(id),
        invt_no text NOT NULL,
        tax_no text NOT NULL UNIQUE,
        customs_tax numeric(19, 2) NOT NULL,
        value_added_tax numeric(19, 2) NOT NULL,
        consumption_tax numeric(19, 2) NOT NULL,
        status text NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        voided_at timestamptz
      )`);
    await q.query('CREATE SEQUENCE customs_sum_no_seq');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP SEQUENCE customs_sum_no_seq');
    await q.query('DROP TABLE tax_bills');
    await q.query('DROP TABLE summary_lists');
    await q.query('ALTER TABLE issued_receipts DROP COLUMN xml, DROP COLUMN fields');
    await q.query('ALTER TABLE scheduled_receipts DROP COLUMN fields');
    await q.query('DROP INDEX customs_documents_invt_no');
    await q.query(`
      ALTER TABLE customs_documents
        DROP COLUMN list_id, DROP COLUMN returned_at, DROP COLUMN cancelled_at,
        DROP COLUMN departed_at, DROP COLUMN arrived_at, DROP COLUMN released_at`);
  }
}
