import { Injectable, Logger } from '@nestjs/common';
import { CustomsReceiptIssuedV1, WarehouseEvents } from '@lhasa/contracts';
import { InboxContext } from '@lhasa/messaging';
import { normaliseQuantity, ReceiptStatus, VerificationListManageResult } from '@lhasa/domain';
import { LedgerLine } from '../../domain/ledger-line.entity';
import { StockLedger } from '../../domain/stock-ledger';
import { unbindFromExit } from '../../domain/exit-binding';
import { decideStockTake } from '../../domain/stock-take-decision';
import { VerificationList } from '../../domain/verification-list.entity';
import { VerificationListLine } from '../../domain/verification-list-line.entity';
import { receiptOutcome } from './receipt-outcome';
import { In } from 'typeorm';

/**
 * INV101 receipts: 800 approves the list (an entry list pre-increases its lines, 预增) and tells
 * statistics; a failure rejects it (an exit list lets its inventory lists be grouped again, and
 * says so: warehouse.ExitListsUnbound). A stock-take's list (purpose STOCK_TAKE) decides its
 * stock-take instead (domain/stock-take-decision.ts).
 */
@Injectable()
export class ApplyVerificationListReceipt {
  private readonly log = new Logger(ApplyVerificationListReceipt.name);

  constructor(private readonly stock: StockLedger) {}

  async apply(ctx: InboxContext, receipt: CustomsReceiptIssuedV1): Promise<void> {
    const m = ctx.manager;
    const list = await m.getRepository(VerificationList).findOne({ where: { id: receipt.businessKey }, lock: { mode: 'pessimistic_write' } });
    if (!list) {
      this.log.warn(`INV101 receipt ${receipt.returnStatus} for unknown verification list ${receipt.businessKey}; ignored`);
      return;
    }
    const outcome = receiptOutcome(list.status, list.returnStatus, receipt.returnStatus);
    if (outcome === 'ignore') return;
    const returnTime = new Date(receipt.returnTime);
    if (list.purpose === 'STOCK_TAKE') {
      await this.applyToStockTake(ctx, list, receipt, outcome, returnTime);
      return;
    }
    const changes: Partial<VerificationList> = { returnStatus: receipt.returnStatus, returnInfo: receipt.returnInfo, returnTime };
    // Manual review (300) is progress: the list stays SENT and shows manage result 2 until customs decides.
    if (outcome === 'record' && list.status === 'SENT' && receipt.returnStatus === ReceiptStatus.MANUAL_REVIEW) changes.manageResult = VerificationListManageResult.MANUAL_REVIEW;
    if (outcome === 'approve') {
      Object.assign(changes, { status: 'APPROVED', manageResult: VerificationListManageResult.PASSED_DEDUCTED, approvedAt: returnTime, bondInvtNo: receipt.customsNo ?? receipt.invtNo ?? list.id });
      await m.getRepository(VerificationList).update({ id: list.id }, changes);
      await this.approve(ctx, { ...list, ...changes } as VerificationList);
      return;
    }
    if (outcome === 'reject') {
      // Returned (退单): nothing moves; the reason stays in returnInfo.
      Object.assign(changes, { status: 'REJECTED', manageResult: VerificationListManageResult.RETURNED });
      if (list.impexpMarkcd === 'E') await unbindFromExit(m, ctx.publish, this.stock, list);
    }
    await m.getRepository(VerificationList).update({ id: list.id }, changes);
  }

  /** A stock-take's filing: its answer moves (or releases) the stock-take, never 预增 or statistics. */
  private async applyToStockTake(ctx: InboxContext, list: VerificationList, receipt: CustomsReceiptIssuedV1, outcome: 'record' | 'approve' | 'reject', at: Date): Promise<void> {
    const changes: Partial<VerificationList> = { returnStatus: receipt.returnStatus, returnInfo: receipt.returnInfo, returnTime: at };
    if (outcome === 'approve') {
      Object.assign(changes, { status: 'APPROVED', manageResult: VerificationListManageResult.PASSED_DEDUCTED, approvedAt: at, bondInvtNo: receipt.customsNo ?? receipt.invtNo ?? list.id });
      await decideStockTake(ctx.manager, ctx.publish, this.stock, list, { kind: 'passed', at });
    } else if (outcome === 'reject') {
      Object.assign(changes, { status: 'REJECTED', manageResult: VerificationListManageResult.RETURNED });
      await decideStockTake(ctx.manager, ctx.publish, this.stock, list, { kind: 'returned', at, reason: receipt.returnInfo || `customs returned it (${receipt.returnStatus})` });
    } else if (list.status === 'SENT' && receipt.returnStatus === ReceiptStatus.MANUAL_REVIEW) {
      changes.manageResult = VerificationListManageResult.MANUAL_REVIEW;
      await decideStockTake(ctx.manager, ctx.publish, this.stock, list, { kind: 'review' });
    }
    await ctx.manager.getRepository(VerificationList).update({ id: list.id }, changes);
  }

  private async approve(ctx: InboxContext, list: VerificationList): Promise<void> {
    const m = ctx.manager;
    const lines = (await m.getRepository(VerificationListLine).findBy({ verificationListId: list.id })).sort((a, b) => a.gnum - b.gnum);
    if (list.impexpMarkcd === 'I') {
      const moved = await this.stock.move(
        m,
        list.emsNo,
        'PRE_INCREASE',
        lines.map((l) => ({ itemRecordNo: l.itemRecordNo, qty: normaliseQuantity(l.qty) })),
        { type: 'VERIFICATION_LIST', id: list.id },
      );
      // Lines cannot vanish (foreign keys) and a pre-increase has no upper bound: a refusal is a bug.
      if (!moved.ok) throw new Error(`pre-increase of verification list ${list.id} refused: ${moved.refusal.message}`);
    }
    const ledgerLines = await m.getRepository(LedgerLine).findBy({ emsNo: list.emsNo, itemRecordNo: In(lines.map((l) => l.itemRecordNo)) });
    const gcodeOf = new Map(ledgerLines.map((l) => [l.itemRecordNo, l.gcode]));
    await ctx.publish(WarehouseEvents.VerificationListApproved, {
      subject: list.id,
      tenant: list.ownerCode,
      data: {
        verificationListId: list.id,
        bondInvtNo: list.bondInvtNo!,
        emsNo: list.emsNo,
        operatorCode: list.ownerCode,
        impexpMarkcd: list.impexpMarkcd,
        purpose: list.purpose,
        approvedAt: list.approvedAt!.toISOString(),
        currency: list.currency,
        totalValue: list.totalValue,
        lines: lines.map((l) => ({
          itemRecordNo: l.itemRecordNo,
          qty: normaliseQuantity(l.qty),
          gcode: gcodeOf.get(l.itemRecordNo) ?? l.gcode,
          totalPrice: l.totalPrice,
          country: l.country,
        })),
      },
    });
  }
}
