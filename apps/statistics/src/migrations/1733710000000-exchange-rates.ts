import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bureau's rate table and what each fact used of it.
 * - exchange_rates: one row per loaded rate of a currency and month (CNY per unit, the decimal
 *   text as given), who loaded it and when; a correction supersedes the row (superseded_at) and
 *   adds a new one, so the history stays; at most one current row per currency and month.
 * - trade_facts.rate_month: the month whose rate the fact takes (its release month; a return's,
 *   the month of the list it nets), set even while the fact is pending, so what is pending is
 *   known by currency and month.
 * - trade_facts.nets_release_date: a return's netted list's release date, so the return can be
 *   dated by its own approval (RETURN_MONTH) or restated in its list's month (RESTATED).
 */
export class ExchangeRates1733710000000 implements MigrationInterface {
  name = 'ExchangeRates1733710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE exchange_rates (
        id bigserial PRIMARY KEY,
        currency text NOT NULL CHECK (currency ~ '^[0-9]{3}$' AND currency <> '142'),
        month char(7) NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        rate text NOT NULL CHECK (rate ~ '^[0-9]{1,6}(\\.[0-9]{1,6})?$' AND rate::numeric > 0),
        source text NOT NULL CHECK (length(source) BETWEEN 1 AND 100),
        loaded_at timestamptz NOT NULL DEFAULT now(),
        loaded_by text NOT NULL,
        superseded_at timestamptz
      )`);
    await q.query('CREATE UNIQUE INDEX exchange_rates_current ON exchange_rates (currency, month) WHERE superseded_at IS NULL');
    await q.query('ALTER TABLE trade_facts ADD COLUMN rate_month char(7), ADD COLUMN nets_release_date date');
    await q.query(`UPDATE trade_facts r SET nets_release_date = l.release_date, rate_month = to_char(l.release_date, 'YYYY-MM')
      FROM trade_facts l WHERE r.source_type = 'RETURN' AND l.source_type = 'INVENTORY_LIST' AND l.source_id = r.nets_source_id AND l.basis = r.basis AND l.gnum = r.gnum`);
    await q.query(`UPDATE trade_facts SET rate_month = to_char(release_date, 'YYYY-MM') WHERE rate_month IS NULL`);
    await q.query('ALTER TABLE trade_facts ALTER COLUMN rate_month SET NOT NULL');
    await q.query('CREATE INDEX trade_facts_rate_month_idx ON trade_facts (currency, rate_month, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX trade_facts_rate_month_idx');
    await q.query('ALTER TABLE trade_facts DROP COLUMN nets_release_date, DROP COLUMN rate_month');
    await q.query('DROP TABLE exchange_rates');
  }
}
