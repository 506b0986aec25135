import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ExportInventoryList } from '@lhasa/contracts';
import { exportListPartners, matchExportDocuments } from '@lhasa/domain';
import { customsSimulatorConfig, CustomsSimulatorConfig } from '../../config/customs-simulator.config';
import { parseCustomsDocument } from '../../domain/document-check';
import { decideExportList, ExportListDecision, ExportListMatcher, ExportListPartners } from '../../domain/export-list-decision';
import { Trace } from '../issue-receipts/issue-receipts.service';
import { ListOutcomes } from './list-outcomes';
import { DocumentRow, documentOf, findLatestDocument } from './partner-lookup';

export const EXPORT_LIST_MATCHER = Symbol('EXPORT_LIST_MATCHER');
export const defaultExportMatcher: ExportListMatcher = (docs) => matchExportDocuments(docs);

/**
 * Export matching for one export list (CEB603), as customs matches an import list: find its
 * order, waybill and, for 9610, its receipt of payment; then match, wait or reject. A match gets
 * its numbers (invtNo with E) and the import lists' receipt plan; it closes (899) only when its
 * goods depart (CEB509).
 */
@Injectable()
export class MatchExportListService {
  constructor(
    @Inject(customsSimulatorConfig.KEY) private readonly settings: CustomsSimulatorConfig,
    private readonly outcomes: ListOutcomes,
    @Inject(EXPORT_LIST_MATCHER) private readonly matcher: ExportListMatcher,
  ) {}

  /** Decides on a stored, valid CEB603 (a cancelled one is not decided again). Call with its order and waybill locks held (or the waybill's alone, from the waybill). */
  async evaluate(manager: EntityManager, listId: string, trace: Trace, waitIsOver = false): Promise<ExportListDecision['kind']> {
    const [row]: DocumentRow[] = await manager.query(
      "SELECT id, business_key, order_no, document FROM customs_documents WHERE id = $1 AND message_type = 'CEB603' AND cancelled_at IS NULL FOR UPDATE",
      [listId],
    );
    const parsed = row ? parseCustomsDocument('CEB603', row.document) : undefined;
    if (!row || !parsed || 'errors' in parsed) return 'reject';
    const list = parsed.value;
    const { partners, ids: partnerIds } = await this.findPartners(manager, list);
    const [pending] = await manager.query('SELECT waiting_since FROM pending_lists WHERE document_id = $1 FOR UPDATE', [listId]);
    const now = new Date();
    const waitingSince: Date = pending ? new Date(pending.waiting_since) : now;
    const waitedMs = waitIsOver ? Number.POSITIVE_INFINITY : now.getTime() - waitingSince.getTime();
    const decision = decideExportList(list, partners, { waitedMs, partnerWaitMs: this.settings.partnerWaitMs }, this.matcher);

    if (decision.kind === 'wait') {
      await this.outcomes.wait(manager, listId, waitingSince, decision.missing);
      return 'wait';
    }
    if (decision.kind === 'reject') {
      await this.outcomes.reject(manager, listId, decision.returnInfo, trace, { customsCode: list.customsCode });
      return 'reject';
    }
    await this.outcomes.clear(manager, { id: listId, businessKey: row.business_key, customsCode: list.customsCode, ieFlag: 'E', partnerIds }, now, trace);
    return 'match';
  }

  /** Order by (orderNo, ebpCode, ebcCode); waybill by (logisticsCode, logisticsNo); receipt of payment by (ebcCode, orderNo) when the mode needs one. */
  async findPartners(manager: EntityManager, list: ExportInventoryList): Promise<{ partners: ExportListPartners; ids: string[] }> {
    const order = await findLatestDocument(manager, 'CEB303', 'order_no = $1 AND ebp_code = $2 AND ebc_code = $3', [list.orderNo, list.ebpCode, list.ebcCode]);
    const waybill = await findLatestDocument(manager, 'CEB505', 'logistics_code = $1 AND logistics_no = $2', [list.logisticsCode, list.logisticsNo]);
    const receipt = exportListPartners(list.tradeMode).includes('paymentReceipt')
      ? await findLatestDocument(manager, 'CEB403', 'ebc_code = $1 AND order_no = $2', [list.ebcCode, list.orderNo])
      : undefined;
    return {
      partners: { order: documentOf('CEB303', order), paymentReceipt: documentOf('CEB403', receipt), waybill: documentOf('CEB505', waybill) },
      ids: [order, receipt, waybill].filter((d): d is DocumentRow => !!d).map((d) => d.id),
    };
  }
}
