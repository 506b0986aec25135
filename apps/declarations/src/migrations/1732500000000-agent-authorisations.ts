import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Declaration agents an e-commerce company entrusted (委托) to file its inventory lists
 * (apps/declarations/README.md, "Agent authorisations"). One row per (company, agent).
 */
export class AgentAuthorisations1732500000000 implements MigrationInterface {
  name = 'AgentAuthorisations1732500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agent_authorisations (
        ebc_code text NOT NULL,
        agent_code text NOT NULL,
        agent_name text,
        authorised_by text NOT NULL,
        authorised_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (ebc_code, agent_code)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE agent_authorisations');
  }
}
