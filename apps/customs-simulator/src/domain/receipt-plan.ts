import { ReturnInfo } from './receipt-codes';
import { ReceiptStatus } from '@lhasa/domain';

/** One receipt to send, `afterMs` after the decision. */
export interface PlannedReceipt {
  returnStatus: number;
  returnInfo: string;
  afterMs: number;
}

/**
 * The receipts of a matched inventory list: 120 (入库) at once, 399 (审结) one step later,
 * optionally 500 (查验) one step after that, and 800 (放行) one step after the last.
 */
export function planMatchedListReceipts(stepDelayMs: number, inspected: boolean): PlannedReceipt[] {
  const plan: PlannedReceipt[] = [
    { returnStatus: ReceiptStatus.ACCEPTED, returnInfo: ReturnInfo.accepted, afterMs: 0 },
    { returnStatus: ReceiptStatus.APPROVED, returnInfo: ReturnInfo.examined, afterMs: stepDelayMs },
  ];
  if (inspected) plan.push({ returnStatus: ReceiptStatus.INSPECTION, returnInfo: ReturnInfo.inspection, afterMs: 2 * stepDelayMs });
  plan.push({ returnStatus: ReceiptStatus.RELEASED, returnInfo: ReturnInfo.released, afterMs: plan.length * stepDelayMs });
  return plan;
}
