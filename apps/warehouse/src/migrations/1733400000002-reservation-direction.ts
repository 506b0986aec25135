import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reservation keeps the direction of its list (ieFlag): a 1210 import list leaves the zone for
 * the domestic market (二线), a 1210 special-area export list leaves it for abroad. One exit
 * verification list carries lists of one direction. Every reservation before this was an import.
 */
export class ReservationDirection1733400000002 implements MigrationInterface {
  name = 'ReservationDirection1733400000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE stock_reservations ADD COLUMN ie_flag char(1) NOT NULL DEFAULT 'I' CHECK (ie_flag IN ('I', 'E'))`);
    await q.query('ALTER TABLE stock_reservations ALTER COLUMN ie_flag DROP DEFAULT');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE stock_reservations DROP COLUMN ie_flag');
  }
}
