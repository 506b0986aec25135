import { Logger } from '@nestjs/common';
import { EntityManager, EntityTarget, Not } from 'typeorm';
import { CustomsReceiptIssuedV1 } from '@lhasa/contracts';
import { InboxContext } from '@lhasa/messaging';
import { FINAL_LIST_STATUSES, ListStatus, RELEASED_LIST_STATUSES, RequestStatus } from '../../domain/document-status';
import { InventoryListEntity } from '../../domain/inventory-list.entity';
import { ListCancellationEntity } from '../../domain/list-cancellation.entity';
import { publishRejected, publishReturned } from '../../domain/list-events';
import { ListReturnEntity, ListReturnLineEntity } from '../../domain/list-return.entity';
import { decideRequestReceipt } from '../../domain/request-receipt.transition';
import { recordReceipt } from './receipt-record';
import { rejectCodeFor, rejectReasonFor } from './reject-reason';

const log = new Logger('RequestReceipts');

type Request = ListCancellationEntity | ListReturnEntity;

/**
 * The cancel or return a receipt names (business key agentCode:invtNo): the live one, else the
 * newest. A refused request may be followed by a new one under the same key; customs' receipts
 * then belong to the new one.
 */
async function findRequest<E extends Request>(m: EntityManager, entity: EntityTarget<E>, where: Record<string, unknown>): Promise<E | null> {
  const repo = m.getRepository<Request>(entity as EntityTarget<Request>);
  const live = await repo.findOne({ where: { ...where, status: Not(RequestStatus.Refused) } });
  return (live ?? (await repo.findOne({ where, order: { createdAt: 'DESC' } }))) as E | null;
}

/**
 * Applies a receipt to a request and its list, locked list first then request (the order every
 * writer of both takes). Returns the request and list when the receipt moved the request.
 */
async function applyToRequest<E extends Request>(
  m: EntityManager,
  entity: EntityTarget<E>,
  r: CustomsReceiptIssuedV1,
  where: Record<string, unknown>,
): Promise<{ request: E; list: InventoryListEntity } | undefined> {
  const repo = m.getRepository<Request>(entity as EntityTarget<Request>);
  const found = await findRequest(m, entity, where);
  let list: InventoryListEntity | null = null;
  let request: E | null = null;
  if (found) {
    list = await m.getRepository(InventoryListEntity).findOne({ where: { id: found.listId }, lock: { mode: 'pessimistic_write' } });
    request = (await repo.findOne({ where: { id: found.id }, lock: { mode: 'pessimistic_write' } })) as E | null;
  }
  const decision = request ? decideRequestReceipt(request, r.returnStatus) : ({ apply: false } as const);
  if (!(await recordReceipt(m, r, request?.id ?? null, decision.apply))) return undefined;
  if (!request || !list) {
    log.warn(`${r.messageType} receipt ${r.returnStatus} for unknown ${r.businessKey}: kept, not applied`);
    return undefined;
  }
  if (!decision.apply) return undefined;
  request.status = decision.status;
  request.returnStatus = r.returnStatus;
  request.returnInfo = r.returnInfo;
  request.returnTime = new Date(r.returnTime);
  if (decision.status === RequestStatus.Approved) request.approvedAt = new Date(r.returnTime);
  if (decision.status === RequestStatus.Refused) {
    request.refuseCode = rejectCodeFor(r.returnStatus);
    request.returnInfo = rejectReasonFor(r);
  }
  await repo.save(request);
  return { request, list };
}

/**
 * CEB623 / CEB605 receipts. Approval (399) cancels the list (final) unless it is over already, and
 * InventoryListRejected (stage `cancelled`) has the warehouse return its pre-reduction; a refusal
 * leaves the list as it was, the reason on the cancel.
 */
export async function applyCancellationReceipt(ctx: InboxContext, r: CustomsReceiptIssuedV1): Promise<void> {
  const applied = await applyToRequest(ctx.manager, ListCancellationEntity, r, { businessKey: r.businessKey, messageType: r.messageType });
  if (!applied || applied.request.status !== RequestStatus.Approved) return;
  const { request, list } = applied;
  if (FINAL_LIST_STATUSES.includes(list.status)) {
    log.log(`cancel ${request.id} approved for list ${list.id} already ${list.status}: the list stays`);
    return;
  }
  if (RELEASED_LIST_STATUSES.includes(list.status)) {
    // Customs approved the cancel of a list it had released: its word is the last one.
    log.warn(`cancel ${request.id} approved for list ${list.id} in ${list.status}: cancelled after release`);
  }
  list.status = ListStatus.Cancelled;
  list.rejectStage = 'cancelled';
  list.rejectCode = 'LIST.CANCELLED';
  list.rejectReason = request.reason;
  await ctx.manager.getRepository(InventoryListEntity).save(list);
  await publishRejected(ctx.publish, list, { stage: 'cancelled', reason: `cancelled by ${request.messageType}: ${request.reason}` });
}

/**
 * CEB625 receipts. Approval (399) makes a released list RETURNED (final): the buyer's annual
 * count drops by the returned value from then on (consumer-limits), and InventoryListReturned
 * carries the lines that came back. A refusal leaves the list released, the reason on the return.
 */
export async function applyReturnReceipt(ctx: InboxContext, r: CustomsReceiptIssuedV1): Promise<void> {
  const applied = await applyToRequest(ctx.manager, ListReturnEntity, r, { businessKey: r.businessKey });
  if (!applied || applied.request.status !== RequestStatus.Approved) return;
  const { request, list } = applied;
  if (!RELEASED_LIST_STATUSES.includes(list.status)) {
    log.warn(`return ${request.id} approved for list ${list.id} in ${list.status}: the list stays`);
    return;
  }
  list.status = ListStatus.Returned;
  await ctx.manager.getRepository(InventoryListEntity).save(list);
  const lines = await ctx.manager.getRepository(ListReturnLineEntity).findBy({ returnId: request.id });
  await publishReturned(ctx.publish, list, request, lines);
}
