import { Controller, Logger } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EntityManager } from 'typeorm';
import { CustomsEvents, CustomsReceiptIssuedV1, EventEnvelope } from '@lhasa/contracts';
import { InboxContext } from '@lhasa/messaging';
import { ListStatus, PartnerDocumentStatus } from '../../domain/document-status';
import { InventoryListEntity, InventoryListLineEntity } from '../../domain/inventory-list.entity';
import { publishRejected, publishReleased } from '../../domain/list-events';
import { decideListReceipt, decidePartnerReceipt } from '../../domain/list-receipt.transition';
import { MOVEMENT_COLUMNS, PARTNER_ENTITIES, PartnerEntity } from '../../domain/partner-entities';
import { PartnerMessageType, receiptTargetOf } from '../../domain/receipt-targets';
import { SummaryApplicationEntity } from '../../domain/summary-application.entity';
import { decideSummaryReceipt } from '../../domain/summary-receipt.transition';
import { lockRow, rowsWhere, snapshotOf } from '../../shared/entity-sql';
import { freeSummaryLists } from '../../shared/summary-lists';
import { recordReceipt, recordReceiptAndSave } from './receipt-record';
import { applyCancellationReceipt, applyReturnReceipt } from './request-receipts';
import { rejectCodeFor, rejectReasonFor } from './reject-reason';

/**
 * Customs' receipts for the documents this service filed (INV101 and SAS121 belong to the
 * warehouse). Every receipt is kept; one that was seen before changes nothing; the rest apply
 * only when they move the document forward (domain.md §5). Where a receipt lands is read from
 * the one table of message types (RECEIPT_TARGETS).
 */
@Controller()
export class ReceiptIssuedKafkaController {
  private readonly log = new Logger(ReceiptIssuedKafkaController.name);

  @EventPattern(CustomsEvents.ReceiptIssued.type)
  async onReceiptIssued(@Payload() event: EventEnvelope<CustomsReceiptIssuedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    const receipt = event.data;
    switch (receiptTargetOf(receipt.messageType)) {
      case 'inventoryList':
        return this.applyToList(ctx, receipt);
      case 'cancellation':
        return applyCancellationReceipt(ctx, receipt);
      case 'return':
        return applyReturnReceipt(ctx, receipt);
      case 'summaryApplication':
        return this.applyToSummary(ctx.manager, receipt);
      case 'partner':
        return this.applyToPartner(ctx.manager, receipt.messageType as PartnerMessageType, receipt);
    }
  }

  private async applyToPartner(m: EntityManager, messageType: PartnerMessageType, r: CustomsReceiptIssuedV1): Promise<void> {
    const entity = PARTNER_ENTITIES[messageType];
    const doc = await lockRow<PartnerEntity>(m, entity, { businessKey: r.businessKey, messageType });
    const decision = doc ? decidePartnerReceipt(doc.returnStatus, r.returnStatus) : ({ apply: false } as const);
    if (!doc) {
      if (await recordReceipt(m, r, null, false)) this.log.warn(`${messageType} receipt ${r.returnStatus} for unknown ${r.businessKey}: kept, not applied`);
      return;
    }
    const before = snapshotOf(doc);
    const accepted = decision.apply && decision.status === PartnerDocumentStatus.Accepted && doc.status !== PartnerDocumentStatus.Accepted;
    if (decision.apply) {
      doc.status = decision.status;
      doc.returnStatus = r.returnStatus;
      doc.returnInfo = r.returnInfo;
      doc.returnTime = new Date(r.returnTime);
    }
    // The receipt is kept and the document moved in one statement; a receipt seen before changes nothing.
    if (!(await recordReceiptAndSave<PartnerEntity>(m, r, entity, before, doc, decision.apply))) return;
    const column = MOVEMENT_COLUMNS[messageType];
    if (accepted && column) await markMovedLists(m, doc.id, column, doc.returnTime as Date);
  }

  private async applyToList(ctx: InboxContext, r: CustomsReceiptIssuedV1): Promise<void> {
    const m = ctx.manager;
    const list = await lockRow(m, InventoryListEntity, { businessKey: r.businessKey });
    if (!list) {
      if (await recordReceipt(m, r, null, false)) this.log.warn(`${r.messageType} receipt ${r.returnStatus} for unknown ${r.businessKey}: kept, not applied`);
      return;
    }
    const decision = decideListReceipt(list, r.returnStatus);
    const before = snapshotOf(list);
    // Customs numbers are immutable once given: fill a gap from any receipt, never overwrite.
    if (r.preNo && !list.preNo) list.preNo = r.preNo;
    if (r.invtNo && !list.invtNo) list.invtNo = r.invtNo;
    if (decision.apply) {
      list.status = decision.status;
      list.returnStatus = r.returnStatus;
      list.returnInfo = r.returnInfo;
      list.returnTime = new Date(r.returnTime);
      if (decision.released && !list.releasedAt) list.releasedAt = new Date(r.returnTime);
      if (decision.rejected) {
        list.rejectStage = 'customs';
        list.rejectCode = rejectCodeFor(r.returnStatus);
        list.rejectReason = rejectReasonFor(r);
      }
    }
    const releasable = list.status === ListStatus.Released || list.status === ListStatus.Closed;
    // The Released event needs invtNo; if 800 came without one, a later receipt brings it.
    const release = releasable && !list.releasePublished && !!list.invtNo;
    if (release) list.releasePublished = true;
    // The receipt is kept and the list moved in one statement; a receipt seen before changes nothing.
    if (!(await recordReceiptAndSave(m, r, InventoryListEntity, before, list, decision.apply))) return;
    const publish = ctx.publish;
    if (release) {
      const lines = await rowsWhere(m, InventoryListLineEntity, { listId: list.id });
      await publishReleased(publish, { list, lines });
    }
    if (decision.apply && decision.rejected) {
      await publishRejected(publish, list, { stage: 'customs', reason: list.rejectReason as string, returnStatus: r.returnStatus });
    }
  }

  /**
   * CEB702 receipts and the CEB792 summary result (sumNo, entryId, decState). A failure rejects
   * the summary and frees its lists for another summary application.
   */
  private async applyToSummary(m: EntityManager, r: CustomsReceiptIssuedV1): Promise<void> {
    const repo = m.getRepository(SummaryApplicationEntity);
    const summary = await repo.findOne({ where: { businessKey: r.businessKey }, lock: { mode: 'pessimistic_write' } });
    const decision = summary ? decideSummaryReceipt(summary, r.returnStatus) : ({ apply: false } as const);
    if (!(await recordReceipt(m, r, summary?.id ?? null, decision.apply))) return;
    if (!summary) {
      this.log.warn(`CEB701 receipt ${r.returnStatus} for unknown ${r.businessKey}: kept, not applied`);
      return;
    }
    if (summary.status === 'REJECTED') return;
    // Customs' numbers are immutable once given, whichever receipt brings them.
    if (r.preNo && !summary.preNo) summary.preNo = r.preNo;
    if (r.sumNo && !summary.sumNo) summary.sumNo = r.sumNo;
    if (r.entryId && !summary.entryId) summary.entryId = r.entryId;
    if (decision.apply) {
      summary.status = decision.status;
      summary.returnStatus = r.returnStatus;
      summary.returnInfo = r.returnInfo;
      summary.returnTime = new Date(r.returnTime);
      if (r.decState) summary.decState = r.decState;
    } else if (r.decState && !summary.decState) {
      summary.decState = r.decState;
    }
    await repo.save(summary);
    if (decision.apply && decision.rejected) await freeSummaryLists(m, summary.id);
  }
}

/** Stamps the export lists of a report's waybills with the time customs accepted it (first time only). */
async function markMovedLists(m: EntityManager, reportId: string, column: 'arrived_at' | 'departed_at', at: Date): Promise<void> {
  await m.query(
    `UPDATE inventory_lists l SET ${column} = $2, updated_at = now()
       FROM reported_waybills w
      WHERE w.report_id = $1 AND l.logistics_code = w.logistics_code AND l.logistics_no = w.logistics_no
        AND l.ie_flag = 'E' AND l.${column} IS NULL`,
    [reportId, at],
  );
}
