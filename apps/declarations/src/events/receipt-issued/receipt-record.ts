import { EntityManager } from 'typeorm';
import { CustomsReceiptIssuedV1 } from '@lhasa/contracts';

/**
 * Keeps the receipt in the history; false when the same receipt (message type, business key,
 * returnStatus, returnTime) was recorded before, so it must change nothing again.
 */
export async function recordReceipt(m: EntityManager, r: CustomsReceiptIssuedV1, documentId: string | null, applied: boolean): Promise<boolean> {
  const rows: unknown[] = await m.query(
    `INSERT INTO customs_receipts
       (message_type, business_key, return_status, return_time, return_info, pre_no, invt_no, sum_no, entry_id, dec_state, document_id, applied)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     ON CONFLICT ON CONSTRAINT customs_receipts_once DO NOTHING
     RETURNING seq`,
    [
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
    ],
  );
  return rows.length === 1;
}
