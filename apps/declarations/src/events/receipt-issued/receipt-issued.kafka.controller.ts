import { Controller, Inject, Logger } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EntityManager } from 'typeorm';
import { CustomsEvents, CustomsReceiptIssuedV1, EventEnvelope } from '@lhasa/contracts';
import { InboxContext } from '@lhasa/messaging';
import { declarationsConfig, DeclarationsConfig } from '../../config/declarations.config';
import { ListStatus } from '../../domain/document-status';
import { InventoryListEntity, InventoryListLineEntity } from '../../domain/inventory-list.entity';
import { publishRejected, publishReleased } from '../../domain/list-events';
import { decideListReceipt, decidePartnerReceipt } from '../../domain/list-receipt.transition';
import { OrderEntity } from '../../domain/order.entity';
import { PaymentEntity } from '../../domain/payment.entity';
import { WaybillEntity } from '../../domain/waybill.entity';
import { recordReceipt } from './receipt-record';
import { applyCancellationReceipt, applyReturnReceipt } from './request-receipts';
import { rejectCodeFor, rejectReasonFor } from './reject-reason';

const PARTNER_ENTITIES = { CEB311: OrderEntity, CEB411: PaymentEntity, CEB511: WaybillEntity } as const;
type PartnerMessageType = keyof typeof PARTNER_ENTITIES;

/**
 * Customs' receipts for the documents this service filed (INV101 and SAS121 belong to the
 * warehouse). Every receipt is kept; one that was seen before changes nothing; the rest apply
 * only when they move the document forward (domain.md §5).
 */
@Controller()
export class ReceiptIssuedKafkaController {
  private readonly log = new Logger(ReceiptIssuedKafkaController.name);

  constructor(@Inject(declarationsConfig.KEY) private readonly config: DeclarationsConfig) {}

  @EventPattern(CustomsEvents.ReceiptIssued.type)
  async onReceiptIssued(@Payload() event: EventEnvelope<CustomsReceiptIssuedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    const receipt = event.data;
    if (receipt.messageType === 'CEB621') return this.applyToList(ctx, receipt);
    if (receipt.messageType === 'CEB623' || receipt.messageType === 'CEB605') return applyCancellationReceipt(ctx, receipt);
    if (receipt.messageType === 'CEB625') return applyReturnReceipt(ctx, receipt);
    if (receipt.messageType in PARTNER_ENTITIES) return this.applyToPartner(ctx.manager, receipt.messageType as PartnerMessageType, receipt);
  }

  private async applyToPartner(m: EntityManager, messageType: PartnerMessageType, r: CustomsReceiptIssuedV1): Promise<void> {
    const repo = m.getRepository<OrderEntity | PaymentEntity | WaybillEntity>(PARTNER_ENTITIES[messageType]);
    const doc = await repo.findOne({ where: { businessKey: r.businessKey }, lock: { mode: 'pessimistic_write' } });
    const decision = doc ? decidePartnerReceipt(doc.returnStatus, r.returnStatus) : ({ apply: false } as const);
    if (!(await recordReceipt(m, r, doc?.id ?? null, decision.apply))) return;
    if (!doc) {
      this.log.warn(`${messageType} receipt ${r.returnStatus} for unknown ${r.businessKey}: kept, not applied`);
      return;
    }
    if (!decision.apply) return;
    doc.status = decision.status;
    doc.returnStatus = r.returnStatus;
    doc.returnInfo = r.returnInfo;
    doc.returnTime = new Date(r.returnTime);
    await repo.save(doc);
  }

  private async applyToList(ctx: InboxContext, r: CustomsReceiptIssuedV1): Promise<void> {
    const m = ctx.manager;
    const repo = m.getRepository(InventoryListEntity);
    const list = await repo.findOne({ where: { businessKey: r.businessKey }, lock: { mode: 'pessimistic_write' } });
    const decision = list ? decideListReceipt(list, r.returnStatus) : ({ apply: false } as const);
    if (!(await recordReceipt(m, r, list?.id ?? null, decision.apply))) return;
    if (!list) {
      this.log.warn(`CEB621 receipt ${r.returnStatus} for unknown ${r.businessKey}: kept, not applied`);
      return;
    }
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
    const publish = ctx.publish;
    const releasable = list.status === ListStatus.Released || list.status === ListStatus.Closed;
    // The Released event needs invtNo; if 800 came without one, a later receipt brings it.
    if (releasable && !list.releasePublished && list.invtNo) {
      const lines = await m.getRepository(InventoryListLineEntity).findBy({ listId: list.id });
      await publishReleased(publish, { list, lines });
      list.releasePublished = true;
    }
    await repo.save(list);
    if (decision.apply && decision.rejected) {
      await publishRejected(publish, list, { stage: 'customs', reason: list.rejectReason as string, returnStatus: r.returnStatus });
    }
  }
}
