import { EntityManager } from 'typeorm';
import { beijingDate, formatInvtNo, formatPreNo, IeFlag } from '@lhasa/domain';

/**
 * The preNo (预录入编号) customs gives a document when it enters it; once given it never changes
 * (domain.md §3), so a document that has one keeps it and no sequence number is spent.
 */
export async function assignPreNo(manager: EntityManager, documentId: string, now: Date): Promise<void> {
  const [row] = await manager.query('SELECT pre_no FROM customs_documents WHERE id = $1', [documentId]);
  if (!row || row.pre_no) return;
  const [{ seq }] = await manager.query("SELECT nextval('customs_pre_no_seq') AS seq");
  await manager.query('UPDATE customs_documents SET pre_no = COALESCE(pre_no, $2) WHERE id = $1', [documentId, formatPreNo(now, Number(seq))]);
}

/** The invtNo (清单编号) customs gives a list it decided on: district + year + I/E + sequence; kept once given. */
export async function assignInvtNo(manager: EntityManager, documentId: string, customsCode: string, ieFlag: IeFlag, now: Date): Promise<void> {
  const [row] = await manager.query('SELECT invt_no FROM customs_documents WHERE id = $1', [documentId]);
  if (!row || row.invt_no) return;
  const [{ seq }] = await manager.query("SELECT nextval('customs_invt_no_seq') AS seq");
  const invtNo = formatInvtNo(customsCode, Number(beijingDate(now).slice(0, 4)), ieFlag, Number(seq));
  await manager.query('UPDATE customs_documents SET invt_no = COALESCE(invt_no, $2) WHERE id = $1', [documentId, invtNo]);
}
