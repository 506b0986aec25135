import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReceiptStatus } from '@lhasa/domain';
import { IssueTaxBillService } from '../issue-tax-bill/issue-tax-bill.service';
import type { StampedDocument, Trace } from './issue-receipts.service';

/**
 * What customs does when it sends a receipt, beyond sending it: a list's 800 releases it (the
 * time arrival, summaries and returns are measured from) and, for an import list, issues its tax
 * bill (CEB816); a return's 399 (approved) voids that bill.
 */
@Injectable()
export class ReceiptEffects {
  constructor(private readonly taxBills: IssueTaxBillService) {}

  async afterIssued(manager: EntityManager, doc: StampedDocument, returnStatus: number, trace: Trace): Promise<void> {
    const list = doc.message_type === 'CEB621' || doc.message_type === 'CEB603';
    if (list && returnStatus === ReceiptStatus.RELEASED) {
      await manager.query('UPDATE customs_documents SET released_at = COALESCE(released_at, $2) WHERE id = $1', [doc.id, doc.return_time]);
      if (doc.message_type === 'CEB621') await this.taxBills.issue(manager, doc.id, trace);
    }
    if (doc.message_type === 'CEB625' && returnStatus === ReceiptStatus.APPROVED) {
      const [request] = await manager.query('SELECT list_id FROM customs_documents WHERE id = $1', [doc.id]);
      if (request?.list_id) await this.taxBills.void(manager, request.list_id, trace);
    }
  }
}
