import { ReceiptStatus } from '@lhasa/domain';
import { HELD_STATUS, ReturnInfo } from './receipt-codes';
import { ListFate } from './seeded-random';

/** Extra fields a receipt carries beyond its document's numbers (the summary result's sumNo, entryId, decState). */
export interface ReceiptFields {
  sumNo?: string;
  entryId?: string;
  decState?: string;
}

/** One receipt to send, `afterMs` after the decision. */
export interface PlannedReceipt {
  returnStatus: number;
  returnInfo: string;
  afterMs: number;
  fields?: ReceiptFields;
}

/**
 * The receipts of a matched inventory list, import or export: 120 (入库) at once, 399 (审结)
 * one step later, 500 (查验) one step after that when inspected, then 800 (放行) one step after
 * the last, or 501 (扣留) instead when held. Nothing follows a hold. An export list's 899 (结关)
 * is not part of it: it follows the departure of its goods (CEB509).
 */
export function planMatchedListReceipts(stepDelayMs: number, fate: ListFate): PlannedReceipt[] {
  const plan: PlannedReceipt[] = [
    { returnStatus: ReceiptStatus.ACCEPTED, returnInfo: ReturnInfo.accepted, afterMs: 0 },
    { returnStatus: ReceiptStatus.APPROVED, returnInfo: ReturnInfo.examined, afterMs: stepDelayMs },
  ];
  if (fate.inspected || fate.held) plan.push({ returnStatus: ReceiptStatus.INSPECTION, returnInfo: ReturnInfo.inspection, afterMs: 2 * stepDelayMs });
  const last = fate.held
    ? { returnStatus: HELD_STATUS, returnInfo: ReturnInfo.held }
    : { returnStatus: ReceiptStatus.RELEASED, returnInfo: ReturnInfo.released };
  plan.push({ ...last, afterMs: plan.length * stepDelayMs });
  return plan;
}

/**
 * What customs answers a document it accepts and then examines (arrival, departure, cancel,
 * return, summary): 120 at once, 399 one step later carrying `approvedFields`.
 */
export function planAcceptedReceipts(stepDelayMs: number, approvedInfo: string, approvedFields?: ReceiptFields): PlannedReceipt[] {
  return [
    { returnStatus: ReceiptStatus.ACCEPTED, returnInfo: ReturnInfo.accepted, afterMs: 0 },
    { returnStatus: ReceiptStatus.APPROVED, returnInfo: approvedInfo, afterMs: stepDelayMs, ...(approvedFields ? { fields: approvedFields } : {}) },
  ];
}
