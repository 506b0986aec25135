import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A cancel (CEB623/CEB605) customs approved for a list whose goods had already started leaving the
 * zone (bound to an exit verification list, or through the exit gate) is kept on the list's
 * reservation for the operator: when and with which code. Nothing else changes for it.
 */
export class LateCancellations1733500000000 implements MigrationInterface {
  name = 'LateCancellations1733500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE stock_reservations ADD COLUMN cancelled_at timestamptz, ADD COLUMN cancel_code text');
    await q.query('CREATE INDEX stock_reservations_late_cancel ON stock_reservations (ems_no, cancelled_at) WHERE cancel_code IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX stock_reservations_late_cancel');
    await q.query('ALTER TABLE stock_reservations DROP COLUMN cancelled_at, DROP COLUMN cancel_code');
  }
}
