import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every message a consumer group dead-lettered, kept in the consuming service's database beside
 * the copy on `<topic>.<group>.dlq`: what it was (the raw headers, key and value), why, and whether
 * an admin replayed it. `dedupe_key` makes recording idempotent (a redelivered poison message,
 * or a crash between recording and producing to the DLQ topic, records it once).
 */
export class DeadLetters1732500000000 implements MigrationInterface {
  name = 'DeadLetters1732500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE dead_letters (
        id uuid PRIMARY KEY,
        dedupe_key text NOT NULL UNIQUE,
        consumer_group text NOT NULL,
        topic text NOT NULL,
        partition int NOT NULL,
        "offset" bigint NOT NULL,
        message_id text,
        type text,
        subject text,
        tenant text,
        error_code text NOT NULL,
        error_message text NOT NULL,
        attempts int NOT NULL,
        headers jsonb NOT NULL,
        key bytea,
        value bytea,
        dead_lettered_at timestamptz NOT NULL DEFAULT now(),
        replayed_at timestamptz,
        replay_outcome text CHECK (replay_outcome IN ('handled', 'duplicate', 'ignored', 'dead-lettered')),
        replayed_as uuid REFERENCES dead_letters (id),
        replay_of uuid REFERENCES dead_letters (id),
        policy_error text
      )`);
    await q.query('CREATE INDEX dead_letters_listing ON dead_letters (dead_lettered_at DESC, id)');
    await q.query('CREATE INDEX dead_letters_waiting ON dead_letters (type, dead_lettered_at) WHERE replayed_at IS NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE dead_letters');
  }
}
