import { EntityManager } from 'typeorm';
import { CustomsReceiptEntity } from '../domain/customs-receipt.entity';

export interface ReceiptView {
  returnStatus: number;
  returnTime: string;
  returnInfo: string;
  applied: boolean;
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
