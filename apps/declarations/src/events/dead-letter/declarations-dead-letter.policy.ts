import { Injectable, Logger } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { CustomsEvents, WarehouseEvents } from '@lhasa/contracts';
import { DeadLetter, DeadLetterContext, DeadLetterPolicy, TransactionalPublish } from '@lhasa/messaging';
import { isUuid } from '@lhasa/domain';
import { FINAL_LIST_STATUSES, ListStatus, PartnerDocumentStatus, RELEASED_LIST_STATUSES, RequestStatus, SummaryStatus } from '../../domain/document-status';
import { InventoryListEntity } from '../../domain/inventory-list.entity';
import { ListCancellationEntity } from '../../domain/list-cancellation.entity';
import { publishRejected } from '../../domain/list-events';
import { ListReturnEntity } from '../../domain/list-return.entity';
import { PARTNER_ENTITIES, PartnerEntity } from '../../domain/partner-entities';
import { PartnerMessageType, receiptTargetOf } from '../../domain/receipt-targets';
import { SummaryApplicationEntity } from '../../domain/summary-application.entity';
import { freeSummaryLists } from '../../shared/summary-lists';

const FINAL_LIST: readonly string[] = [...FINAL_LIST_STATUSES, ...RELEASED_LIST_STATUSES];
const FINAL_SUMMARY: readonly string[] = [SummaryStatus.Rejected, SummaryStatus.Released, SummaryStatus.Closed];

/**
 * Nothing accepted gets stuck: when this service gives up on a message about a document (its
 * handler kept failing or refused it, or it was poison), the document ends REJECTED with the
 * reason. A list is rejected at stage `processing` and InventoryListRejected tells the warehouse
 * to return its pre-reduction; a cancel or return still waiting ends REFUSED (its list goes on);
 * a summary application frees its lists. Only documents still waiting move; a final one stays as
 * it is.
 */
@Injectable()
export class DeclarationsDeadLetterPolicy implements DeadLetterPolicy {
  private readonly log = new Logger(DeclarationsDeadLetterPolicy.name);

  async onDeadLetter(letter: DeadLetter, { manager, publish }: DeadLetterContext): Promise<void> {
    const data = (letter.data && typeof letter.data === 'object' ? letter.data : {}) as Record<string, unknown>;
    const reason = `${letter.type ?? 'a message'} about it could not be processed (${letter.errorCode}): ${letter.errorMessage}`.slice(0, 2000);
    switch (letter.type) {
      case WarehouseEvents.StockPreReduced.type:
      case WarehouseEvents.StockPreReductionRefused.type:
        if (typeof data.listId === 'string' && isUuid(data.listId)) {
          await this.rejectList(manager, publish, { id: data.listId }, letter.errorCode, reason, [ListStatus.AwaitingStock]);
        }
        return;
      case CustomsEvents.ReceiptIssued.type: {
        if (typeof data.businessKey !== 'string' || typeof data.messageType !== 'string') return;
        switch (receiptTargetOf(data.messageType)) {
          case 'inventoryList':
            return this.rejectList(manager, publish, { businessKey: data.businessKey }, letter.errorCode, reason);
          case 'cancellation':
            return this.refuseRequest(manager, ListCancellationEntity, data.businessKey, letter.errorCode, reason);
          case 'return':
            return this.refuseRequest(manager, ListReturnEntity, data.businessKey, letter.errorCode, reason);
          case 'summaryApplication':
            return this.rejectSummary(manager, data.businessKey, reason);
          case 'partner':
            return this.rejectPartner(manager, data.messageType as PartnerMessageType, data.businessKey, reason);
        }
        return;
      }
    }
  }

  private async rejectList(
    m: EntityManager,
    publish: TransactionalPublish,
    where: { id: string } | { businessKey: string },
    code: string,
    reason: string,
    onlyIn?: readonly string[],
  ): Promise<void> {
    const repo = m.getRepository(InventoryListEntity);
    const list = await repo.findOne({ where, lock: { mode: 'pessimistic_write' } });
    if (!list || FINAL_LIST.includes(list.status) || (onlyIn && !onlyIn.includes(list.status))) return;
    list.status = ListStatus.Rejected;
    list.rejectStage = 'processing';
    list.rejectCode = code;
    list.rejectReason = reason;
    await repo.save(list);
    await publishRejected(publish, list, { stage: 'processing', reason });
    this.log.warn(`inventory list ${list.id} rejected: ${reason}`);
  }

  /** A cancel or return still waiting for customs ends REFUSED with the reason; its list goes on. */
  private async refuseRequest(
    m: EntityManager,
    entity: typeof ListCancellationEntity | typeof ListReturnEntity,
    businessKey: string,
    code: string,
    reason: string,
  ): Promise<void> {
    const repo = m.getRepository<ListCancellationEntity | ListReturnEntity>(entity);
    const waiting = await repo.find({ where: { businessKey, status: In([RequestStatus.Filed, RequestStatus.Accepted]) }, lock: { mode: 'pessimistic_write' } });
    for (const request of waiting) {
      request.status = RequestStatus.Refused;
      request.refuseCode = code;
      request.returnInfo = reason;
      await repo.save(request);
      this.log.warn(`${entity.name} ${request.id} refused: ${reason}`);
    }
  }

  private async rejectPartner(m: EntityManager, messageType: PartnerMessageType, businessKey: string, reason: string): Promise<void> {
    const repo = m.getRepository<PartnerEntity>(PARTNER_ENTITIES[messageType]);
    const doc = await repo.findOne({ where: { businessKey, messageType }, lock: { mode: 'pessimistic_write' } });
    if (!doc || doc.status !== PartnerDocumentStatus.Filed) return;
    doc.status = PartnerDocumentStatus.Rejected;
    doc.returnInfo = reason;
    await repo.save(doc);
    this.log.warn(`${messageType} ${doc.id} rejected: ${reason}`);
  }

  private async rejectSummary(m: EntityManager, businessKey: string, reason: string): Promise<void> {
    const repo = m.getRepository(SummaryApplicationEntity);
    const summary = await repo.findOne({ where: { businessKey }, lock: { mode: 'pessimistic_write' } });
    if (!summary || FINAL_SUMMARY.includes(summary.status)) return;
    summary.status = SummaryStatus.Rejected;
    summary.returnInfo = reason;
    await repo.save(summary);
    await freeSummaryLists(m, summary.id);
    this.log.warn(`summary application ${summary.id} rejected: ${reason}`);
  }
}
