import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CustomsMessageType } from '@lhasa/contracts';
import { DocumentKeys } from '../../domain/document-check';
import { Trace } from '../issue-receipts/issue-receipts.service';
import { lockWaybill } from './list-outcomes';
import { MatchExportListService } from './match-export-list.service';
import { MatchInventoryListService } from './match-inventory-list.service';

interface WaitingList {
  id: string;
  message_type: 'CEB621' | 'CEB603';
  logistics_code: string | null;
  logistics_no: string | null;
  correlation_id: string;
}

/** Import partners wake import lists (CEB621), export partners export lists (CEB603). */
const LIST_OF_PARTNER: Partial<Record<CustomsMessageType, 'CEB621' | 'CEB603'>> = {
  CEB311: 'CEB621',
  CEB411: 'CEB621',
  CEB511: 'CEB621',
  CEB303: 'CEB603',
  CEB403: 'CEB603',
  CEB505: 'CEB603',
};

/** The lists waiting for partners (pending_lists), decided again when a partner arrives or the wait is over. */
@Injectable()
export class WaitingLists {
  constructor(
    private readonly imports: MatchInventoryListService,
    private readonly exports: MatchExportListService,
  ) {}

  /** A list decided with its locks held by the caller. */
  evaluate(manager: EntityManager, list: { id: string; message_type: string }, trace: Trace, waitIsOver = false) {
    return list.message_type === 'CEB603' ? this.exports.evaluate(manager, list.id, trace, waitIsOver) : this.imports.evaluate(manager, list.id, trace, waitIsOver);
  }

  /**
   * A partner arrived: every list of its kind waiting on this order or waybill is decided again.
   * The caller holds the partner's lock (its order's, or an export waybill's); an export list
   * woken by its order is decided under its waybill's lock too, taken after the order's.
   */
  async recheck(manager: EntityManager, partner: CustomsMessageType, keys: DocumentKeys, trace: Trace): Promise<void> {
    const listType = LIST_OF_PARTNER[partner];
    if (!listType) return;
    const byWaybill = partner === 'CEB511' || partner === 'CEB505';
    const byOrder = partner !== 'CEB505';
    const waiting: WaitingList[] = await manager.query(
      `SELECT d.id, d.message_type, d.logistics_code, d.logistics_no, d.correlation_id
         FROM pending_lists p JOIN customs_documents d ON d.id = p.document_id
        WHERE d.message_type = $1
          AND (($2 AND d.order_no = $3) OR ($4 AND d.logistics_code = $5 AND d.logistics_no = $6))
        ORDER BY p.waiting_since`,
      [listType, byOrder, keys.orderNo, byWaybill, keys.logisticsCode, keys.logisticsNo],
    );
    for (const list of waiting) {
      if (listType === 'CEB603' && partner !== 'CEB505') await lockWaybill(manager, list.logistics_code, list.logistics_no);
      await this.evaluate(manager, list, { correlationId: list.correlation_id, causationId: trace.causationId });
    }
  }
}
