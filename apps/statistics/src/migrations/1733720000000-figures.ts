import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The figures beside the trade facts: the city's import + export of a year as the bureau enters it
 * (the zone's share of the city), the warehouse's daily turnover per ledger (the turnover trend)
 * and the latest name of each enterprise code (breakdowns by enterprise).
 */
export class Figures1733720000000 implements MigrationInterface {
  name = 'Figures1733720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE city_totals (
        year smallint PRIMARY KEY,
        total_fen bigint NOT NULL CHECK (total_fen > 0),
        source text NOT NULL,
        entered_at timestamptz NOT NULL,
        entered_by text NOT NULL
      )`);
    // One row per ledger and UTC day, as warehouse.TurnoverMeasured reports it (once per ledger and day).
    // average_stock_value_fen is null for a day measured before the event carried it.
    await q.query(`
      CREATE TABLE turnover_days (
        ems_no text NOT NULL,
        day date NOT NULL,
        operator_code text NOT NULL,
        outbound_value_fen bigint NOT NULL CHECK (outbound_value_fen >= 0),
        average_stock_value_fen bigint NULL CHECK (average_stock_value_fen >= 0),
        outbound_quantity numeric(19, 5) NOT NULL,
        average_stock numeric(24, 5) NOT NULL,
        measured_at timestamptz NOT NULL,
        event_id uuid NOT NULL,
        PRIMARY KEY (ems_no, day)
      )`);
    await q.query('CREATE INDEX turnover_days_day_idx ON turnover_days (day)');
    // The latest name an enterprise code was released under (named_at: the release it came with).
    await q.query(`
      CREATE TABLE enterprises (
        code text PRIMARY KEY,
        name text NOT NULL,
        named_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE enterprises');
    await q.query('DROP TABLE turnover_days');
    await q.query('DROP TABLE city_totals');
  }
}
