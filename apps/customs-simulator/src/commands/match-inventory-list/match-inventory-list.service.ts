import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ImportInventoryList } from '@lhasa/contracts';
import { matchThreeDocuments } from '@lhasa/domain';
import { customsSimulatorConfig, CustomsSimulatorConfig } from '../../config/customs-simulator.config';
import { parseCustomsDocument } from '../../domain/document-check';
import { decideInventoryList, ListDecision, ListPartners, ThreeDocumentMatcher } from '../../domain/list-decision';
import { Trace } from '../issue-receipts/issue-receipts.service';
import { ListOutcomes } from './list-outcomes';
import { DocumentRow, documentOf, findLatestDocument } from './partner-lookup';

export const THREE_DOCUMENT_MATCHER = Symbol('THREE_DOCUMENT_MATCHER');
export const defaultMatcher: ThreeDocumentMatcher = (docs) => matchThreeDocuments(docs);

/**
 * Three-document matching (三单对碰) for one import inventory list: find its order, payment and
 * waybill, then match, wait or reject; a match gets its numbers and its receipt schedule.
 */
@Injectable()
export class MatchInventoryListService {
  constructor(
    @Inject(customsSimulatorConfig.KEY) private readonly settings: CustomsSimulatorConfig,
    private readonly outcomes: ListOutcomes,
    @Inject(THREE_DOCUMENT_MATCHER) private readonly matcher: ThreeDocumentMatcher,
  ) {}

  /** Decides on a stored, valid CEB621 (a cancelled one is not decided again). Call with the order lock held; `waitIsOver` from the sweeper. */
  async evaluate(manager: EntityManager, listId: string, trace: Trace, waitIsOver = false): Promise<ListDecision['kind']> {
    const [row]: DocumentRow[] = await manager.query(
      "SELECT id, business_key, order_no, document FROM customs_documents WHERE id = $1 AND message_type = 'CEB621' AND cancelled_at IS NULL FOR UPDATE",
      [listId],
    );
    const parsed = row ? parseCustomsDocument('CEB621', row.document) : undefined;
    if (!row || !parsed || 'errors' in parsed) return 'reject';
    const list = parsed.value;
    const { partners, ids: partnerIds } = await this.findPartners(manager, list);
    const [pending] = await manager.query('SELECT waiting_since FROM pending_lists WHERE document_id = $1 FOR UPDATE', [listId]);
    const now = new Date();
    const waitingSince: Date = pending ? new Date(pending.waiting_since) : now;
    const decision = decideInventoryList(
      list,
      partners,
      { waitedMs: waitIsOver ? Number.POSITIVE_INFINITY : now.getTime() - waitingSince.getTime(), partnerWaitMs: this.settings.partnerWaitMs },
      this.matcher,
    );

    if (decision.kind === 'wait') {
      await this.outcomes.wait(manager, listId, waitingSince, decision.missing);
      return 'wait';
    }
    if (decision.kind === 'reject') {
      await this.outcomes.reject(manager, listId, decision.returnInfo, trace);
      return 'reject';
    }
    await this.outcomes.clear(manager, { id: listId, businessKey: row.business_key, customsCode: list.customsCode, ieFlag: 'I', partnerIds }, now, trace);
    return 'match';
  }

  /** Order by (ebcCode, orderNo); payment by orderNo + ebpCode (+ the order's payCode / payTransactionId); waybill by (logisticsCode, logisticsNo). */
  async findPartners(manager: EntityManager, list: ImportInventoryList): Promise<{ partners: ListPartners; ids: string[] }> {
    const order = await findLatestDocument(manager, 'CEB311', 'ebc_code = $1 AND order_no = $2', [list.ebcCode, list.orderNo]);
    const parsedOrder = documentOf('CEB311', order);
    const where = ['order_no = $1', 'ebp_code = $2'];
    const params: unknown[] = [list.orderNo, list.ebpCode];
    if (parsedOrder?.payCode) where.push(`pay_code = $${params.push(parsedOrder.payCode)}`);
    if (parsedOrder?.payTransactionId) where.push(`pay_transaction_id = $${params.push(parsedOrder.payTransactionId)}`);
    const payment = await findLatestDocument(manager, 'CEB411', where.join(' AND '), params);
    const waybill = await findLatestDocument(manager, 'CEB511', 'logistics_code = $1 AND logistics_no = $2', [list.logisticsCode, list.logisticsNo]);
    return {
      partners: {
        order: parsedOrder,
        payment: documentOf('CEB411', payment),
        waybill: documentOf('CEB511', waybill),
      },
      ids: [order, payment, waybill].filter((d): d is DocumentRow => !!d).map((d) => d.id),
    };
  }
}
