import { MigrationInterface, QueryRunner } from 'typeorm';

/** Goods owners (货主) the operator of a ledger admitted on it (domain.md §3c). */
export class GoodsOwners1732400000000 implements MigrationInterface {
  name = 'GoodsOwners1732400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE goods_owners (
        ems_no varchar(12) NOT NULL REFERENCES ledgers (ems_no),
        ebc_code text NOT NULL,
        name text,
        admitted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (ems_no, ebc_code)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE goods_owners');
  }
}
