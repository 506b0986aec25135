import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A list can also be rejected at stage `processing`: this service gave up on a message about it
 * after it was accepted (dead-lettered), so the filer sees it final with the reason instead of
 * waiting for ever (docs/architecture.md "Reliability").
 */
export class RejectStageProcessing1732600000000 implements MigrationInterface {
  name = 'RejectStageProcessing1732600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE inventory_lists DROP CONSTRAINT IF EXISTS inventory_lists_reject_stage_check');
    await q.query(`ALTER TABLE inventory_lists ADD CONSTRAINT inventory_lists_reject_stage_check
      CHECK (reject_stage IN ('stock', 'customs', 'cancelled', 'processing'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE inventory_lists DROP CONSTRAINT inventory_lists_reject_stage_check');
    await q.query(`ALTER TABLE inventory_lists ADD CONSTRAINT inventory_lists_reject_stage_check
      CHECK (reject_stage IN ('stock', 'customs', 'cancelled'))`);
  }
}
