import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A bonded list's goods start leaving the zone when the warehouse binds it to an exit verification
 * list (warehouse.ExitListsBound); from then on it can no longer be cancelled. The copy of that
 * binding: which exit verification list and since when, and when the binding last changed (a bound
 * or unbound event older than that is stale).
 */
export class ExitBinding1733500000000 implements MigrationInterface {
  name = 'ExitBinding1733500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE inventory_lists ADD COLUMN exit_verification_list_id uuid, ADD COLUMN bound_for_exit_at timestamptz, ADD COLUMN exit_binding_changed_at timestamptz');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE inventory_lists DROP COLUMN exit_verification_list_id, DROP COLUMN bound_for_exit_at, DROP COLUMN exit_binding_changed_at');
  }
}
