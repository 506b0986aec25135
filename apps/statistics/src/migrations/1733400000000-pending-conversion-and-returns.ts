import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A fact in a currency without a configured rate is kept with its original amount and no CNY value
 * (pending conversion, left out of every CNY sum) instead of being refused; a RETURN fact names
 * the list whose facts it nets (nets_source_id) with a negative value.
 */
export class PendingConversionAndReturns1733400000000 implements MigrationInterface {
  name = 'PendingConversionAndReturns1733400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE trade_facts ALTER COLUMN value_fen DROP NOT NULL, ALTER COLUMN rate_to_cny DROP NOT NULL');
    await q.query('ALTER TABLE trade_facts ADD CONSTRAINT trade_facts_converted_with_rate CHECK ((value_fen IS NULL) = (rate_to_cny IS NULL))');
    await q.query('ALTER TABLE trade_facts ADD COLUMN nets_source_id text');
    await q.query(`ALTER TABLE trade_facts ADD CONSTRAINT trade_facts_return_nets_a_list CHECK ((source_type = 'RETURN') = (nets_source_id IS NOT NULL))`);
    await q.query(`ALTER TABLE trade_facts ADD CONSTRAINT trade_facts_return_negative CHECK (source_type <> 'RETURN' OR (original_amount < 0 AND (value_fen IS NULL OR value_fen <= 0)))`);
    await q.query('CREATE INDEX trade_facts_nets_idx ON trade_facts (nets_source_id, basis, gnum) WHERE nets_source_id IS NOT NULL');
    await q.query('CREATE INDEX trade_facts_pending_idx ON trade_facts (currency, id) WHERE value_fen IS NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM trade_facts WHERE source_type = 'RETURN' OR value_fen IS NULL`);
    await q.query('DROP INDEX trade_facts_pending_idx');
    await q.query('DROP INDEX trade_facts_nets_idx');
    await q.query('ALTER TABLE trade_facts DROP CONSTRAINT trade_facts_return_negative, DROP CONSTRAINT trade_facts_return_nets_a_list, DROP CONSTRAINT trade_facts_converted_with_rate');
    await q.query('ALTER TABLE trade_facts DROP COLUMN nets_source_id');
    await q.query('ALTER TABLE trade_facts ALTER COLUMN value_fen SET NOT NULL, ALTER COLUMN rate_to_cny SET NOT NULL');
  }
}
