import { MigrationInterface, QueryRunner } from 'typeorm';
import { DeadLetters1732500000000 } from './1732500000000-dead-letters';

/** Outbox and inbox tables; every service that publishes or consumes includes this migration. */
export class MessagingTables1732200000000 implements MigrationInterface {
  name = 'MessagingTables1732200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox (
        seq bigserial PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        topic text NOT NULL,
        key text NOT NULL,
        type text NOT NULL,
        headers jsonb NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts int NOT NULL DEFAULT 0,
        last_error text
      )`);
    await q.query(`
      CREATE TABLE processed_messages (
        consumer text NOT NULL,
        message_id uuid NOT NULL,
        type text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, message_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE processed_messages');
    await q.query('DROP TABLE outbox');
  }
}

export const messagingMigrations = [MessagingTables1732200000000, DeadLetters1732500000000];
