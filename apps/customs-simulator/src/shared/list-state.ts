import { EntityManager } from 'typeorm';
import { parseCustomsDocument } from '../domain/document-check';
import { CustomsListState } from '../domain/list-request-decision';

export interface StoredList {
  id: string;
  business_key: string;
  order_no: string | null;
  invt_no: string;
  ebc_code: string | null;
  status: string;
  released_at: Date | null;
  departed_at: Date | null;
  cancelled_at: Date | null;
  returned_at: Date | null;
  sum_no: string | null;
  document: Record<string, unknown>;
}

/**
 * The list customs numbered `invtNo` (an import CEB621 or an export CEB603), locked for the
 * caller's transaction, with what customs knows of it; undefined when customs gave no such number.
 */
export async function findListByInvtNo(
  manager: EntityManager,
  listType: 'CEB621' | 'CEB603',
  invtNo: string,
): Promise<{ row: StoredList; state: CustomsListState } | undefined> {
  const [row]: StoredList[] = await manager.query(
    `SELECT d.id, d.business_key, d.order_no, d.invt_no, d.ebc_code, d.status, d.released_at, d.departed_at, d.cancelled_at, d.returned_at, s.sum_no, d.document
       FROM customs_documents d LEFT JOIN summary_lists s ON s.invt_no = d.invt_no
      WHERE d.message_type = $1 AND d.invt_no = $2
      FOR UPDATE OF d`,
    [listType, invtNo],
  );
  if (!row) return undefined;
  const parsed = parseCustomsDocument(listType, row.document);
  const lines = 'value' in parsed ? parsed.value.lines.map((l) => ({ gnum: l.gnum, gcode: l.gcode, qty: l.qty })) : [];
  return {
    row,
    state: {
      invtNo: row.invt_no,
      ebcCode: row.ebc_code ?? '',
      releasedAt: row.released_at ? new Date(row.released_at) : null,
      departedAt: row.departed_at ? new Date(row.departed_at) : null,
      rejected: row.status === 'REJECTED',
      cancelled: row.cancelled_at !== null,
      returned: row.returned_at !== null,
      summarisedIn: row.sum_no,
      lines,
    },
  };
}
