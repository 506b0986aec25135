import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ImportInventoryList, ImportOrder, Payment, Waybill } from '@lhasa/contracts';
import { beijingDate, formatInvtNo, formatPreNo, matchThreeDocuments, ReceiptStatus } from '@lhasa/domain';
import { customsSimulatorConfig, CustomsSimulatorConfig } from '../../config/customs-simulator.config';
import { parseCustomsDocument } from '../../domain/document-check';
import { decideInventoryList, ListDecision, ListPartners, ThreeDocumentMatcher } from '../../domain/list-decision';
import { planMatchedListReceipts } from '../../domain/receipt-plan';
import { drawsInspection } from '../../domain/seeded-random';
import { IssueReceiptsService, Trace } from '../issue-receipts/issue-receipts.service';

export const THREE_DOCUMENT_MATCHER = Symbol('THREE_DOCUMENT_MATCHER');
export const defaultMatcher: ThreeDocumentMatcher = (docs) => matchThreeDocuments(docs);

interface DocumentRow {
  id: string;
  business_key: string;
  order_no: string | null;
  document: Record<string, unknown>;
}

/** Serialises work on one order's documents across partitions and replicas (released at commit). */
export async function lockOrder(manager: EntityManager, orderNo: string | null): Promise<void> {
  if (orderNo) await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`customs-order:${orderNo}`]);
}

/**
 * Three-document matching (三单对碰) for one import inventory list: find its order, payment and
 * waybill, then match, wait or reject; a match gets its numbers and its receipt schedule.
 */
@Injectable()
export class MatchInventoryListService {
  constructor(
    @Inject(customsSimulatorConfig.KEY) private readonly settings: CustomsSimulatorConfig,
    private readonly receipts: IssueReceiptsService,
    @Inject(THREE_DOCUMENT_MATCHER) private readonly matcher: ThreeDocumentMatcher,
  ) {}

  /** Decides on a stored, valid CEB621. Call with the order lock held; `waitIsOver` from the sweeper. */
  async evaluate(manager: EntityManager, listId: string, trace: Trace, waitIsOver = false): Promise<ListDecision['kind']> {
    const [row]: DocumentRow[] = await manager.query(
      "SELECT id, business_key, order_no, document FROM customs_documents WHERE id = $1 AND message_type = 'CEB621' FOR UPDATE",
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
      const deadline = new Date(waitingSince.getTime() + this.settings.partnerWaitMs);
      await manager.query(
        `INSERT INTO pending_lists (document_id, waiting_since, deadline, missing) VALUES ($1, $2, $3, $4)
         ON CONFLICT (document_id) DO UPDATE SET missing = EXCLUDED.missing`,
        [listId, waitingSince, deadline, decision.missing.join(',')],
      );
      await manager.query("UPDATE customs_documents SET status = 'WAITING' WHERE id = $1", [listId]);
      return 'wait';
    }

    await manager.query('DELETE FROM pending_lists WHERE document_id = $1', [listId]);
    if (decision.kind === 'reject') {
      await manager.query("UPDATE customs_documents SET status = 'REJECTED' WHERE id = $1", [listId]);
      await this.receipts.issueNow(manager, listId, { returnStatus: ReceiptStatus.REJECTED, returnInfo: decision.returnInfo }, trace);
      return 'reject';
    }

    await this.assignNumbers(manager, listId, list, now);
    // The list and the documents it matched are final: a resend no longer replaces them.
    await manager.query('UPDATE customs_documents SET final = true WHERE id = ANY($1::uuid[])', [[listId, ...partnerIds]]);
    const inspected = drawsInspection(this.settings.seed, row.business_key, this.settings.inspectionRate);
    for (const step of planMatchedListReceipts(this.settings.stepDelayMs, inspected)) {
      const receipt = { returnStatus: step.returnStatus, returnInfo: step.returnInfo };
      if (step.afterMs === 0) await this.receipts.issueNow(manager, listId, receipt, trace);
      else await this.receipts.schedule(manager, listId, receipt, new Date(now.getTime() + step.afterMs), trace);
    }
    return 'match';
  }

  private async assignNumbers(manager: EntityManager, listId: string, list: ImportInventoryList, now: Date): Promise<void> {
    const [{ pre, invt }] = await manager.query(
      "SELECT nextval('customs_pre_no_seq') AS pre, nextval('customs_invt_no_seq') AS invt",
    );
    const preNo = formatPreNo(now, Number(pre));
    const invtNo = formatInvtNo(list.customsCode, Number(beijingDate(now).slice(0, 4)), 'I', Number(invt));
    // Numbers, once given, never change (domain.md §3): COALESCE keeps the first.
    await manager.query(
      "UPDATE customs_documents SET pre_no = COALESCE(pre_no, $2), invt_no = COALESCE(invt_no, $3), status = 'ACCEPTED' WHERE id = $1",
      [listId, preNo, invtNo],
    );
  }

  /** Order by (ebcCode, orderNo); payment by orderNo + ebpCode (+ the order's payCode / payTransactionId); waybill by (logisticsCode, logisticsNo). */
  async findPartners(manager: EntityManager, list: ImportInventoryList): Promise<{ partners: ListPartners; ids: string[] }> {
    const order = await this.findOne(manager, 'CEB311', 'ebc_code = $1 AND order_no = $2', [list.ebcCode, list.orderNo]);
    const parsedOrder = valueOf<ImportOrder>(order && parseCustomsDocument('CEB311', order.document));
    const where = ['order_no = $1', 'ebp_code = $2'];
    const params: unknown[] = [list.orderNo, list.ebpCode];
    if (parsedOrder?.payCode) where.push(`pay_code = $${params.push(parsedOrder.payCode)}`);
    if (parsedOrder?.payTransactionId) where.push(`pay_transaction_id = $${params.push(parsedOrder.payTransactionId)}`);
    const payment = await this.findOne(manager, 'CEB411', where.join(' AND '), params);
    const waybill = await this.findOne(manager, 'CEB511', 'logistics_code = $1 AND logistics_no = $2', [list.logisticsCode, list.logisticsNo]);
    return {
      partners: {
        order: parsedOrder,
        payment: valueOf<Payment>(payment && parseCustomsDocument('CEB411', payment.document)),
        waybill: valueOf<Waybill>(waybill && parseCustomsDocument('CEB511', waybill.document)),
      },
      ids: [order, payment, waybill].filter((d): d is DocumentRow => !!d).map((d) => d.id),
    };
  }

  /** The latest valid document of a type matching the condition. */
  private async findOne(manager: EntityManager, messageType: string, where: string, params: unknown[]): Promise<DocumentRow | undefined> {
    const rows: DocumentRow[] = await manager.query(
      `SELECT id, business_key, order_no, document FROM customs_documents
        WHERE message_type = $${params.length + 1} AND valid AND ${where}
        ORDER BY received_at DESC LIMIT 1`,
      [...params, messageType],
    );
    return rows[0];
  }
}

function valueOf<T>(parsed: { value: unknown } | { errors: unknown } | undefined | null): T | undefined {
  return parsed && 'value' in parsed ? (parsed.value as T) : undefined;
}
