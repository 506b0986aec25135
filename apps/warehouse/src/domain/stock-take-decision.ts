import { EntityManager } from 'typeorm';
import { WarehouseEvents } from '@lhasa/contracts';
import type { TransactionalPublish } from '@lhasa/messaging';
import { formatQuantity, parseQuantity, VerificationListManageResult } from '@lhasa/domain';
import { StockLedger } from './stock-ledger';
import { StockTake } from './stock-take.entity';
import { VerificationList } from './verification-list.entity';

/** The movement a stock-take's difference makes once customs passes it; null when the count agreed. */
export function stockTakeMovementKind(difference: string): 'STOCKTAKE_GAIN' | 'STOCKTAKE_LOSS' | null {
  const d = parseQuantity(difference);
  return d === 0n ? null : d < 0n ? 'STOCKTAKE_LOSS' : 'STOCKTAKE_GAIN';
}

/** The quantity a stock-take moves (or holds): the difference without its sign. */
export function stockTakeQuantity(difference: string): string {
  const d = parseQuantity(difference);
  return formatQuantity(d < 0n ? -d : d);
}

export type StockTakeAnswer = { kind: 'passed'; at: Date } | { kind: 'review' } | { kind: 'returned'; at: Date; reason: string };

/**
 * Customs' answer to a stock-take's filing (its STOCK_TAKE verification list, locked by the
 * caller), applied once, in the caller's transaction: passed → the held loss is released and the
 * difference moves as STOCKTAKE_GAIN / STOCKTAKE_LOSS (lots follow), StockTakeApproved; manual
 * review → stays PENDING (manage result 2); returned → the hold is released, nothing moves, the
 * reason kept, StockTakeRejected. A stock-take no longer PENDING is left as it is.
 */
export async function decideStockTake(m: EntityManager, publish: TransactionalPublish, stock: StockLedger, list: VerificationList, answer: StockTakeAnswer): Promise<void> {
  const repo = m.getRepository(StockTake);
  const take = await repo.findOne({ where: { verificationListId: list.id }, lock: { mode: 'pessimistic_write' } });
  if (!take || take.state !== 'PENDING') return;
  if (answer.kind === 'review') {
    await repo.update({ id: take.id }, { manageResult: VerificationListManageResult.MANUAL_REVIEW });
    return;
  }
  const kind = stockTakeMovementKind(take.difference)!;
  const qty = stockTakeQuantity(take.difference);
  const reference = { type: 'STOCK_TAKE' as const, id: take.id };
  const line = [{ itemRecordNo: take.itemRecordNo, qty }];
  if (kind === 'STOCKTAKE_LOSS') await mustMove(stock.move(m, take.emsNo, 'STOCKTAKE_HOLD_RELEASE', line, reference), take.id);
  const tenant = list.ownerCode;
  const common = { stockTakeId: take.id, verificationListId: list.id, emsNo: take.emsNo, operatorCode: list.ownerCode, itemRecordNo: take.itemRecordNo };
  if (answer.kind === 'passed') {
    // The hold was released just above, so the loss fits what it held: a refusal is a bug.
    await mustMove(stock.move(m, take.emsNo, kind, line, reference), take.id);
    await repo.update({ id: take.id }, { state: 'APPROVED', manageResult: VerificationListManageResult.PASSED_DEDUCTED, decidedAt: answer.at });
    await publish(WarehouseEvents.StockTakeApproved, {
      subject: take.id,
      key: take.emsNo,
      tenant,
      data: { ...common, movementKind: kind, qty, reason: take.reason, approvedAt: answer.at.toISOString() },
    });
    return;
  }
  await repo.update({ id: take.id }, { state: 'REJECTED', manageResult: VerificationListManageResult.RETURNED, returnInfo: answer.reason, decidedAt: answer.at });
  await publish(WarehouseEvents.StockTakeRejected, {
    subject: take.id,
    key: take.emsNo,
    tenant,
    data: { ...common, difference: formatQuantity(parseQuantity(take.difference)), returnInfo: answer.reason, rejectedAt: answer.at.toISOString() },
  });
}

async function mustMove(outcome: ReturnType<StockLedger['move']>, stockTakeId: string): Promise<void> {
  const moved = await outcome;
  if (!moved.ok) throw new Error(`stock-take ${stockTakeId} could not move: ${moved.refusal.message}`);
}
