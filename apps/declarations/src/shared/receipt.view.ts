import { EntityManager } from 'typeorm';
import { CustomsReceiptEntity } from '../domain/customs-receipt.entity';

/** One receipt (回执) customs sent about a document. */
export class ReceiptView {
  /** 回执状态 customs' status: 120 入库 accepted, 300 manual review, 399 审结 approved, 500 inspection, 800 放行 released, 899 closed; 100 退单 rejected, 4, 501–599, 700 and < 0 are failures. @example 120 */
  returnStatus: number;
  /** 回执时间 when customs decided, UTC ISO 8601. @example 2026-12-01T08:00:05.000Z */
  returnTime: string;
  /** 回执信息 customs' text: the reason of a rejection. @example 入库 */
  returnInfo: string;
  /** Whether it moved the document: false for a lower rank, a late one, or a document already final. */
  applied: boolean;
  /** When this service received it, UTC ISO 8601. */
  receivedAt: string;
}

/** A document's receipts, in customs' time order, including those that did not move it. */
export async function receiptsOf(m: EntityManager, documentId: string): Promise<ReceiptView[]> {
  const rows = await m.getRepository(CustomsReceiptEntity).find({
    where: { documentId },
    order: { returnTime: 'ASC', seq: 'ASC' },
  });
  return rows.map((r) => ({
    returnStatus: r.returnStatus,
    returnTime: r.returnTime.toISOString(),
    returnInfo: r.returnInfo,
    applied: r.applied,
    receivedAt: r.receivedAt.toISOString(),
  }));
}

export const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
