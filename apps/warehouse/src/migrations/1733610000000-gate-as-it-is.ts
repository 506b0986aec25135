import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The gate as it is (domain.md §3c): verification lists carry their type (bondInvtTypecd) and
 * customs' manage result and who built them (an operator or the exit batcher); gate passes their type, direction and bind type, the goods one truck of
 * a one-list-many-trucks pass carries, and a refusal at the gate with its reason. An empty truck's
 * pass names no list.
 */
export class GateAsItIs1733610000000 implements MigrationInterface {
  name = 'GateAsItIs1733610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE verification_lists ADD COLUMN bond_invt_typecd char(1) NOT NULL DEFAULT '0' CHECK (bond_invt_typecd IN ('0', '1', '3', '4', '5', '6', '7', '8'))`);
    await q.query(`UPDATE verification_lists SET bond_invt_typecd = '8' WHERE purpose = 'ECOMMERCE_EXIT'`);
    await q.query('ALTER TABLE verification_lists ADD COLUMN manage_result int CHECK (manage_result BETWEEN 1 AND 5)');
    // Who built the list: an operator, or the exit batcher (which also issues its gate pass).
    await q.query(`ALTER TABLE verification_lists ADD COLUMN origin text NOT NULL DEFAULT 'OPERATOR' CHECK (origin IN ('OPERATOR', 'BATCHER'))`);

    await q.query('ALTER TABLE gate_passes ALTER COLUMN verification_list_id DROP NOT NULL');
    await q.query(`ALTER TABLE gate_passes ADD COLUMN passport_typecd char(1) NOT NULL DEFAULT '3' CHECK (passport_typecd IN ('1', '2', '3', '4', '5', '6', '7'))`);
    await q.query(`ALTER TABLE gate_passes ADD COLUMN io_typecd char(1) CHECK (io_typecd IN ('I', 'E'))`);
    await q.query(`UPDATE gate_passes g SET io_typecd = v.impexp_markcd FROM verification_lists v WHERE v.id = g.verification_list_id`);
    await q.query('ALTER TABLE gate_passes ALTER COLUMN io_typecd SET NOT NULL');
    await q.query(`ALTER TABLE gate_passes ADD COLUMN bind_typecd char(1) NOT NULL DEFAULT '2' CHECK (bind_typecd IN ('1', '2', '3'))`);
    // What one truck of a one-list-many-trucks pass carries: [{ itemRecordNo, qty }]; null otherwise.
    await q.query('ALTER TABLE gate_passes ADD COLUMN lines jsonb');
    await q.query('ALTER TABLE gate_passes ADD COLUMN refusal_reason text');
    await q.query('ALTER TABLE gate_passes ADD COLUMN refused_at timestamptz');
    await q.query('ALTER TABLE gate_passes DROP CONSTRAINT gate_passes_status_check');
    await q.query(`ALTER TABLE gate_passes ADD CONSTRAINT gate_passes_status_check CHECK (status IN ('SENT', 'APPROVED', 'REJECTED', 'PASSED', 'REFUSED'))`);
    await q.query(`ALTER TABLE gate_passes ADD CONSTRAINT gate_passes_list_or_empty CHECK ((verification_list_id IS NULL) = (passport_typecd = '6'))`);
    // One truck, many lists (bind type 1): every list the pass carries, its first on the pass itself.
    await q.query(`
      CREATE TABLE gate_pass_lists (
        gate_pass_id uuid NOT NULL REFERENCES gate_passes (id),
        verification_list_id uuid NOT NULL REFERENCES verification_lists (id),
        PRIMARY KEY (gate_pass_id, verification_list_id)
      )`);
    await q.query('CREATE INDEX gate_pass_lists_list_idx ON gate_pass_lists (verification_list_id)');
    // One live pass per list, except a list carried by many trucks (each carries part of it).
    await q.query('DROP INDEX gate_passes_one_live_idx');
    await q.query(`CREATE UNIQUE INDEX gate_passes_one_live_idx ON gate_passes (verification_list_id) WHERE status NOT IN ('REJECTED', 'REFUSED') AND bind_typecd <> '3'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE gate_pass_lists');
    await q.query(`DELETE FROM gate_passes WHERE verification_list_id IS NULL OR bind_typecd IN ('1', '3') OR status = 'REFUSED'`);
    await q.query('DROP INDEX gate_passes_one_live_idx');
    await q.query(`CREATE UNIQUE INDEX gate_passes_one_live_idx ON gate_passes (verification_list_id) WHERE status <> 'REJECTED'`);
    await q.query('ALTER TABLE gate_passes DROP CONSTRAINT gate_passes_list_or_empty');
    await q.query('ALTER TABLE gate_passes DROP CONSTRAINT gate_passes_status_check');
    await q.query(`ALTER TABLE gate_passes ADD CONSTRAINT gate_passes_status_check CHECK (status IN ('SENT', 'APPROVED', 'REJECTED', 'PASSED'))`);
    for (const c of ['refused_at', 'refusal_reason', 'lines', 'bind_typecd', 'io_typecd', 'passport_typecd']) await q.query(`ALTER TABLE gate_passes DROP COLUMN ${c}`);
    await q.query('ALTER TABLE gate_passes ALTER COLUMN verification_list_id SET NOT NULL');
    await q.query('ALTER TABLE verification_lists DROP COLUMN origin');
    await q.query('ALTER TABLE verification_lists DROP COLUMN manage_result');
    await q.query('ALTER TABLE verification_lists DROP COLUMN bond_invt_typecd');
  }
}
