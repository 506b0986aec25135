import { Injectable, Logger } from '@nestjs/common';
import { CustomsReceiptIssuedV1 } from '@lhasa/contracts';
import { InboxContext } from '@lhasa/messaging';
import { GatePass } from '../../domain/gate-pass.entity';
import { receiptOutcome } from './receipt-outcome';

/** SAS121 receipts: 800 approves the gate pass (the truck may pass), a failure rejects it. */
@Injectable()
export class ApplyGatePassReceipt {
  private readonly log = new Logger(ApplyGatePassReceipt.name);

  async apply(ctx: InboxContext, receipt: CustomsReceiptIssuedV1): Promise<void> {
    const repo = ctx.manager.getRepository(GatePass);
    const pass = await repo.findOne({ where: { id: receipt.businessKey }, lock: { mode: 'pessimistic_write' } });
    if (!pass) {
      this.log.warn(`SAS121 receipt ${receipt.returnStatus} for unknown gate pass ${receipt.businessKey}; ignored`);
      return;
    }
    const outcome = receiptOutcome(pass.status, pass.returnStatus, receipt.returnStatus);
    if (outcome === 'ignore') return;
    const returnTime = new Date(receipt.returnTime);
    const changes: Partial<GatePass> = { returnStatus: receipt.returnStatus, returnInfo: receipt.returnInfo, returnTime };
    if (outcome === 'approve') Object.assign(changes, { status: 'APPROVED', approvedAt: returnTime, passportNo: receipt.customsNo ?? pass.id });
    if (outcome === 'reject') changes.status = 'REJECTED';
    await repo.update({ id: pass.id }, changes);
  }
}
