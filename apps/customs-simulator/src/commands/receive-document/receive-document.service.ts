import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CustomsDocumentOf, CustomsDocumentSubmittedV1, CustomsMessageType } from '@lhasa/contracts';
import { beijingDate, ReceiptStatus } from '@lhasa/domain';
import { customsSimulatorConfig, CustomsSimulatorConfig } from '../../config/customs-simulator.config';
import { formatBondedNo } from '../../domain/bonded-numbers';
import { decideVerificationList } from '../../domain/verification-list-decision';
import { checkDocument, describeFieldErrors, DocumentKeys } from '../../domain/document-check';
import { ReturnInfo } from '../../domain/receipt-codes';
import { assignPreNo } from '../../shared/customs-numbers';
import { ApplySummaryService } from '../apply-summary/apply-summary.service';
import { CancelListService } from '../cancel-list/cancel-list.service';
import { IssueReceiptsService, Trace } from '../issue-receipts/issue-receipts.service';
import { takesPreNo } from '../issue-receipts/receipt-messages';
import { lockOrder, lockWaybill } from '../match-inventory-list/list-outcomes';
import { WaitingLists } from '../match-inventory-list/waiting-lists';
import { ReportMovementService } from '../report-movement/report-movement.service';
import { ReturnListService } from '../return-list/return-list.service';

export type ReceiveOutcome = 'repeated' | 'rejected' | 'stored' | 'matching' | 'approving' | 'deciding';

/**
 * Customs receiving a document: store it (a resend replaces it until it is final), reject what
 * is malformed, store order / payment / waybill (import and export) with 120 and re-check the
 * lists waiting for them, match an inventory list (CEB621, CEB603), decide an arrival or
 * departure, a cancel, a return or a summary, approve a verification list or gate pass.
 */
@Injectable()
export class ReceiveDocumentService {
  constructor(
    @Inject(customsSimulatorConfig.KEY) private readonly settings: CustomsSimulatorConfig,
    private readonly receipts: IssueReceiptsService,
    private readonly lists: WaitingLists,
    private readonly movements: ReportMovementService,
    private readonly cancels: CancelListService,
    private readonly returns: ReturnListService,
    private readonly summaries: ApplySummaryService,
  ) {}

  async receive(manager: EntityManager, submitted: CustomsDocumentSubmittedV1, trace: Trace): Promise<ReceiveOutcome> {
    const { messageType, businessKey, document } = submitted;
    const check = checkDocument(messageType, document);
    const keys: DocumentKeys = check.valid ? check.keys : emptyKeys(document);
    await lockDocument(manager, messageType, businessKey, keys);

    const [existing] = await manager.query(
      'SELECT id, final FROM customs_documents WHERE message_type = $1 AND business_key = $2 FOR UPDATE',
      [messageType, businessKey],
    );
    if (existing?.final) {
      await this.receipts.repeatLast(manager, existing.id, trace);
      return 'repeated';
    }

    const id = await this.store(manager, submitted, keys, check.valid, trace);
    if (takesPreNo(messageType)) await assignPreNo(manager, id, new Date());
    if (!check.valid) {
      await manager.query('DELETE FROM pending_lists WHERE document_id = $1', [id]);
      await this.receipts.issueNow(manager, id, { returnStatus: ReceiptStatus.REJECTED, returnInfo: describeFieldErrors(check.errors) }, trace);
      return 'rejected';
    }
    // The contract class of the document's own message type (checkDocument validated it against it).
    const value = <T extends CustomsMessageType>(_type: T) => check.value as CustomsDocumentOf<T>;

    switch (messageType) {
      case 'CEB311':
      case 'CEB411':
      case 'CEB511':
      case 'CEB303':
      case 'CEB403':
      case 'CEB505':
        await this.receipts.issueNow(manager, id, { returnStatus: ReceiptStatus.ACCEPTED, returnInfo: ReturnInfo.accepted }, trace);
        await this.lists.recheck(manager, messageType, keys, trace);
        return 'stored';
      case 'CEB621':
      case 'CEB603':
        await this.lists.evaluate(manager, { id, message_type: messageType }, trace);
        return 'matching';
      case 'CEB507':
        await this.movements.arrival(manager, id, value('CEB507'), trace);
        return 'deciding';
      case 'CEB509':
        await this.movements.departure(manager, id, value('CEB509'), trace);
        return 'deciding';
      case 'CEB623':
      case 'CEB605':
        await this.cancels.decide(manager, id, messageType, value(messageType), trace);
        return 'deciding';
      case 'CEB625':
        await this.returns.decide(manager, id, value('CEB625'), trace);
        return 'deciding';
      case 'CEB701':
        await this.summaries.decide(manager, id, businessKey, value('CEB701'), trace);
        return 'deciding';
      case 'INV101':
      case 'SAS121':
        await this.approveAfterOneStep(manager, id, messageType, businessKey, document, trace);
        return 'approving';
    }
  }

  private async store(manager: EntityManager, s: CustomsDocumentSubmittedV1, keys: DocumentKeys, valid: boolean, trace: Trace): Promise<string> {
    const [{ id }] = await manager.query(
      `INSERT INTO customs_documents (message_type, business_key, sender, order_no, ebc_code, ebp_code, pay_code, pay_transaction_id,
                                      logistics_code, logistics_no, document, xml, valid, status, correlation_id, first_received_at, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, now(), now())
       ON CONFLICT (message_type, business_key) DO UPDATE SET
         sender = EXCLUDED.sender, order_no = EXCLUDED.order_no, ebc_code = EXCLUDED.ebc_code, ebp_code = EXCLUDED.ebp_code,
         pay_code = EXCLUDED.pay_code, pay_transaction_id = EXCLUDED.pay_transaction_id, logistics_code = EXCLUDED.logistics_code,
         logistics_no = EXCLUDED.logistics_no, document = EXCLUDED.document, xml = EXCLUDED.xml, valid = EXCLUDED.valid,
         status = EXCLUDED.status, correlation_id = EXCLUDED.correlation_id, received_at = now(),
         resend_count = customs_documents.resend_count + 1
       RETURNING id`,
      [
        s.messageType, s.businessKey, s.sender, keys.orderNo, keys.ebcCode, keys.ebpCode, keys.payCode, keys.payTransactionId,
        keys.logisticsCode, keys.logisticsNo, s.document, s.xml, valid, valid ? 'RECEIVED' : 'REJECTED', trace.correlationId,
      ],
    );
    return id;
  }

  private async approveAfterOneStep(
    manager: EntityManager,
    id: string,
    messageType: 'INV101' | 'SAS121',
    businessKey: string,
    document: Record<string, unknown>,
    trace: Trace,
  ): Promise<void> {
    const sequence = messageType === 'INV101' ? 'customs_bond_invt_no_seq' : 'customs_gate_pass_no_seq';
    const [{ seq }] = await manager.query(`SELECT nextval('${sequence}') AS seq`);
    const now = new Date();
    const head = (document.head ?? {}) as { dclplcCuscd?: unknown };
    const district = typeof head.dclplcCuscd === 'string' && /^\d{4}$/.test(head.dclplcCuscd) ? head.dclplcCuscd : this.settings.customsCode;
    const customsNo = formatBondedNo(messageType, district, Number(beijingDate(now).slice(0, 4)), BigInt(seq));
    await manager.query(
      "UPDATE customs_documents SET customs_no = COALESCE(customs_no, $2), status = 'ACCEPTED', final = true WHERE id = $1",
      [id, customsNo],
    );
    const step = (n: number) => new Date(now.getTime() + n * this.settings.stepDelayMs);
    if (messageType === 'SAS121') {
      await this.receipts.schedule(manager, id, { returnStatus: ReceiptStatus.RELEASED, returnInfo: ReturnInfo.approved }, step(1), trace);
      return;
    }
    // A verification list goes to manual review (manage result 2), then is approved or returned.
    await this.receipts.schedule(manager, id, { returnStatus: ReceiptStatus.MANUAL_REVIEW, returnInfo: ReturnInfo.manualReview }, step(1), trace);
    const decision = decideVerificationList(document, { seed: this.settings.seed, rejectRate: this.settings.verificationRejectRate }, businessKey);
    await this.receipts.schedule(
      manager,
      id,
      decision.approved ? { returnStatus: ReceiptStatus.RELEASED, returnInfo: ReturnInfo.approved } : { returnStatus: ReceiptStatus.REJECTED, returnInfo: decision.reason },
      step(2),
      trace,
    );
  }
}

/** Keys of a malformed document: only the order number, so its lock and storage still work. */
function emptyKeys(document: Record<string, unknown>): DocumentKeys {
  const orderNo = typeof document.orderNo === 'string' && document.orderNo ? document.orderNo : null;
  return { orderNo, ebcCode: null, ebpCode: null, payCode: null, payTransactionId: null, logisticsCode: null, logisticsNo: null };
}

/**
 * Serialises the work on one document with the documents it is matched with: a document naming
 * an order takes its order's lock; an export list also its waybill's, and an export waybill
 * (which names no order) that alone, always after any order lock; any other document its own key.
 */
async function lockDocument(manager: EntityManager, messageType: CustomsMessageType, businessKey: string, keys: DocumentKeys): Promise<void> {
  await lockOrder(manager, keys.orderNo);
  if (messageType === 'CEB603' || messageType === 'CEB505') {
    await lockWaybill(manager, keys.logisticsCode, keys.logisticsNo);
    if (keys.logisticsCode && keys.logisticsNo) return;
  }
  if (!keys.orderNo) await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`customs-document:${messageType}:${businessKey}`]);
}
