import { MigrationInterface, QueryRunner } from 'typeorm';

/** One row per ledger and UTC day whose turnover was published (warehouse.TurnoverMeasured): once, whatever the replicas. */
export class TurnoverMeasurements1733620000001 implements MigrationInterface {
  name = 'TurnoverMeasurements1733620000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE turnover_measurements (
        ems_no varchar(12) NOT NULL REFERENCES ledgers (ems_no),
        day date NOT NULL,
        measured_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (ems_no, day)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE turnover_measurements');
  }
}
