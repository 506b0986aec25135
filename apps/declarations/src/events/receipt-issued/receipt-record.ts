import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { CustomsReceiptIssuedV1 } from '@lhasa/contracts';
import { changesUpdate } from '../../shared/entity-sql';

/**
 * Keeps the receipt in the history; false when the same receipt (message type, business key,
 * returnStatus, returnTime) was recorded before, so it must change nothing again.
 */
export async function recordReceipt(m: EntityManager, r: CustomsReceiptIssuedV1, documentId: string | null, applied: boolean): Promise<boolean> {
  const rows: unknown[] = await m.query(`${INSERT_RECEIPT} RETURNING seq`, receiptValues(r, documentId, applied));
  return rows.length === 1;
}

/**
 * recordReceipt and, only when the receipt is new, the document's changes (the columns of
 * `document` that differ from `before`) in the same statement. False (nothing written) for a
 * receipt recorded before.
 */
export async function recordReceiptAndSave<E extends ObjectLiteral>(
  m: EntityManager,
  r: CustomsReceiptIssuedV1,
  target: EntityTarget<E>,
  before: E,
  document: E,
  applied: boolean,
): Promise<boolean> {
  const values = receiptValues(r, document.id as string, applied);
  const update = changesUpdate(m, target, before, document, { from: values.length + 1, condition: 'EXISTS (SELECT 1 FROM receipt)' });
  if (!update) return recordReceipt(m, r, document.id as string, applied);
  const rows: Record<string, unknown>[] = await m.query(
    `WITH receipt AS (${INSERT_RECEIPT} RETURNING seq), changed AS (${update.sql}) SELECT changed.* FROM receipt LEFT JOIN changed ON true`,
    [...values, ...update.values],
  );
  if (!rows.length) return false;
  update.apply(rows[0]);
  return true;
}

const INSERT_RECEIPT = `INSERT INTO customs_receipts
       (message_type, business_key, return_status, return_time, return_info, pre_no, invt_no, sum_no, entry_id, dec_state, document_id, applied)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     ON CONFLICT ON CONSTRAINT customs_receipts_once DO NOTHING`;

function receiptValues(r: CustomsReceiptIssuedV1, documentId: string | null, applied: boolean): unknown[] {
  return [
    r.messageType,
    r.businessKey,
    r.returnStatus,
    r.returnTime,
    r.returnInfo,
    r.preNo ?? null,
    r.invtNo ?? null,
    r.sumNo ?? null,
    r.entryId ?? null,
    r.decState ?? null,
    documentId,
    applied,
  ];
}
