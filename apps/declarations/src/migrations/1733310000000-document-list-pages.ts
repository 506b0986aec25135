import { MigrationInterface, QueryRunner } from 'typeorm';

/** Document lists page newest first by (created_at, id): an index in that order per document table. */
export class DocumentListPages1733310000000 implements MigrationInterface {
  name = 'DocumentListPages1733310000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['orders', 'payments', 'waybills', 'inventory_lists']) {
      await q.query(`CREATE INDEX ${table}_page ON ${table} (created_at DESC, id DESC)`);
    }
    await q.query('CREATE INDEX inventory_lists_released ON inventory_lists (released_at) WHERE released_at IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['orders', 'payments', 'waybills', 'inventory_lists']) await q.query(`DROP INDEX ${table}_page`);
    await q.query('DROP INDEX inventory_lists_released');
  }
}
