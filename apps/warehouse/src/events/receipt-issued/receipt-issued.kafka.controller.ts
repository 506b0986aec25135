import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CustomsEvents, CustomsReceiptIssuedV1, EventEnvelope } from '@lhasa/contracts';
import { InboxContext } from '@lhasa/messaging';
import { ApplyGatePassReceipt } from './apply-gate-pass-receipt';
import { ApplyVerificationListReceipt } from './apply-verification-list-receipt';
import { isUuid } from '@lhasa/domain';

/** Customs receipts: the warehouse acts on INV101 (verification lists) and SAS121 (gate passes) only. */
@Controller()
export class ReceiptIssuedKafkaController {
  constructor(
    private readonly verificationLists: ApplyVerificationListReceipt,
    private readonly gatePasses: ApplyGatePassReceipt,
  ) {}

  @EventPattern(CustomsEvents.ReceiptIssued.type)
  async onReceipt(@Payload() event: EventEnvelope<CustomsReceiptIssuedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    const receipt = event.data;
    // Business keys of warehouse documents are their ids; anything else was never ours.
    if (!isUuid(receipt.businessKey)) return;
    if (receipt.messageType === 'INV101') await this.verificationLists.apply(ctx, receipt);
    else if (receipt.messageType === 'SAS121') await this.gatePasses.apply(ctx, receipt);
  }
}
