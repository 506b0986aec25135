import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keeps every message this service sends to customs, as sent (GET /<documents>/{id}/ceb.xml). Its
 * guid and appTime are drawn when the port renders it, so it cannot be rendered again to the
 * same text: a trigger on the outbox copies each customs.DocumentSubmitted (its subject, message
 * type, business key and XML) into customs_messages in the same transaction, whichever command or
 * handler submitted it, so a new document type is kept without code of its own. Documents sent
 * before this migration have no kept message.
 */
export class CustomsMessages1733300000000 implements MigrationInterface {
  name = 'CustomsMessages1733300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customs_messages (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        document_id text NOT NULL,
        message_type text NOT NULL,
        business_key text NOT NULL,
        xml text NOT NULL,
        submitted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX customs_messages_document ON customs_messages (document_id, seq)');
    await q.query(`
      CREATE FUNCTION keep_customs_message() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO customs_messages (event_id, document_id, message_type, business_key, xml)
        VALUES (NEW.id, NEW.payload->>'subject', NEW.payload->'data'->>'messageType', NEW.payload->'data'->>'businessKey', NEW.payload->'data'->>'xml');
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER outbox_keeps_customs_messages AFTER INSERT ON outbox
      FOR EACH ROW WHEN (NEW.type = 'customs.DocumentSubmitted') EXECUTE FUNCTION keep_customs_message()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER outbox_keeps_customs_messages ON outbox');
    await q.query('DROP FUNCTION keep_customs_message()');
    await q.query('DROP TABLE customs_messages');
  }
}
