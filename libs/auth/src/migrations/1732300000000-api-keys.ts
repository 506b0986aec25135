import { MigrationInterface, QueryRunner } from 'typeorm';

/** The API keys every service checks requests against. */
export class ApiKeys1732300000000 implements MigrationInterface {
  name = 'ApiKeys1732300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('enterprise', 'operator', 'bureau', 'admin')),
        enterprise_code text,
        prefix text NOT NULL UNIQUE,
        key_hash char(64) NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        -- Enterprise and operator keys act for exactly one enterprise; bureau and admin for none.
        CONSTRAINT api_keys_enterprise_scope CHECK ((role IN ('enterprise', 'operator')) = (enterprise_code IS NOT NULL))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE api_keys');
  }
}

export const authMigrations = [ApiKeys1732300000000];
